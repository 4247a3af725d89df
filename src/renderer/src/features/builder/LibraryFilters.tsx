// The library dialog's search and filters; the search box also picks with the keyboard (arrows, Enter).
import type { KeyboardEvent, RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { useWording } from '@renderer/i18n/useWording'
import {
  equipmentLabel,
  EquipmentSchema,
  regionLabel,
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
  const { t } = useTranslation('builder')
  const w = useWording()
  return (
    <div className="library__filters">
      <input
        ref={search}
        type="search"
        aria-label={t('library.search')}
        aria-describedby="library-keys"
        aria-controls="library-list"
        {...(activeId ? { 'aria-activedescendant': activeId } : {})}
        placeholder={t('library.searchPlaceholder')}
        value={filters.text}
        onChange={(e) => onChange({ text: e.target.value })}
        onKeyDown={onSearchKey}
      />
      <select
        aria-label={t('library.region')}
        value={filters.region}
        onChange={(e) => onChange({ region: e.target.value as Region | '' })}
      >
        <option value="">{t('library.allRegions')}</option>
        {RegionSchema.options.map((r) => (
          <option key={r} value={r}>
            {regionLabel(r, w.t)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('library.equipment')}
        value={filters.equipment}
        onChange={(e) => onChange({ equipment: e.target.value as Equipment | '' })}
      >
        <option value="">{t('library.anyEquipment')}</option>
        {EquipmentSchema.options.map((q) => (
          <option key={q} value={q}>
            {equipmentLabel(q, w.t)}
          </option>
        ))}
      </select>
      <label className="library__hidden">
        <input
          type="checkbox"
          checked={filters.showHidden}
          onChange={(e) => onChange({ showHidden: e.target.checked })}
        />{' '}
        {t('library.showHidden')}
      </label>
      <small id="library-keys" className="muted library__keys">
        {t('library.keys')}
      </small>
    </div>
  )
}
