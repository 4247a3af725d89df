// The library dialog's search and filters; the search box also picks with the keyboard (arrows, Enter).
import type { KeyboardEvent, RefObject } from 'react'
import {
  EQUIPMENT_LABELS,
  EquipmentSchema,
  REGION_LABELS,
  RegionSchema,
  type Equipment,
  type Region,
} from '@shared/library'

export interface Filters {
  text: string
  region: Region | ''
  equipment: Equipment | ''
  showHidden: boolean
}

interface LibraryFiltersProps {
  filters: Filters
  onChange: (change: Partial<Filters>) => void
  search: RefObject<HTMLInputElement | null>
  /** The highlighted exercise's element id, or none when nothing matches. */
  activeId: string | undefined
  onSearchKey: (e: KeyboardEvent<HTMLInputElement>) => void
}

export function LibraryFilters({
  filters,
  onChange,
  search,
  activeId,
  onSearchKey,
}: LibraryFiltersProps) {
  return (
    <div className="library__filters">
      <input
        ref={search}
        type="search"
        aria-label="Search exercises"
        aria-describedby="library-keys"
        aria-controls="library-list"
        {...(activeId ? { 'aria-activedescendant': activeId } : {})}
        placeholder="Search: rows, glutes, band…"
        value={filters.text}
        onChange={(e) => onChange({ text: e.target.value })}
        onKeyDown={onSearchKey}
      />
      <select
        aria-label="Region"
        value={filters.region}
        onChange={(e) => onChange({ region: e.target.value as Region | '' })}
      >
        <option value="">All regions</option>
        {RegionSchema.options.map((r) => (
          <option key={r} value={r}>
            {REGION_LABELS[r]}
          </option>
        ))}
      </select>
      <select
        aria-label="Equipment"
        value={filters.equipment}
        onChange={(e) => onChange({ equipment: e.target.value as Equipment | '' })}
      >
        <option value="">Any equipment</option>
        {EquipmentSchema.options.map((q) => (
          <option key={q} value={q}>
            {EQUIPMENT_LABELS[q]}
          </option>
        ))}
      </select>
      <label className="library__hidden">
        <input
          type="checkbox"
          checked={filters.showHidden}
          onChange={(e) => onChange({ showHidden: e.target.checked })}
        />{' '}
        Show hidden
      </label>
      <small id="library-keys" className="muted library__keys">
        Enter adds the highlighted exercise; ↑ and ↓ move the highlight.
      </small>
    </div>
  )
}
