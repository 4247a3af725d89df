// A lint rule of our own for the layers of src/shared: each folder lists the folders it may import, and
// any other import of Cadence code is an error. Our own because the layer graph is one small table, the
// plugins that do this (eslint-plugin-boundaries, eslint-plugin-import) bring a resolver each, and
// no-restricted-imports can only forbid (and one flat-config block replaces another's list).
import path from 'node:path'

/** The layer of a file: its folder under src/shared, or its name for a file directly in it. */
function layerOf(file, root) {
  const relative = path.relative(root, file)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null
  const [first] = relative.split(path.sep)
  return first ? first.replace(/\.tsx?$/, '') : null
}

/** Where an import specifier points, as a file path, when it is Cadence's shared code; otherwise null. */
function targetOf(specifier, file, root) {
  if (specifier.startsWith('@shared/')) return path.join(root, specifier.slice('@shared/'.length))
  if (specifier.startsWith('.')) return path.resolve(path.dirname(file), specifier)
  return null
}

export const sharedLayers = {
  meta: {
    type: 'problem',
    docs: { description: 'src/shared folders import only the layers listed for them' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          layers: {
            type: 'object',
            additionalProperties: { type: 'array', items: { type: 'string' } },
          },
        },
        required: ['root', 'layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      upward:
        'src/shared/{{from}} {{allowed}}, not src/shared/{{to}}: move the code down, or the importer up (README, Architecture).',
      unlisted:
        'src/shared/{{from}} is not in the layer list in eslint.config.js: add it with the layers it may import.',
    },
  },
  create(context) {
    const { layers } = context.options[0]
    const root = path.resolve(context.cwd, context.options[0].root)
    const file = path.resolve(context.cwd, context.filename)
    const from = layerOf(file, root)
    if (from === null) return {}
    function check(node) {
      if (!node.source || typeof node.source.value !== 'string') return
      const target = targetOf(node.source.value, file, root)
      if (target === null) return
      const to = layerOf(target, root)
      if (to === null || to === from) return
      const allowed = layers[from]
      if (!allowed) {
        context.report({ node: node.source, messageId: 'unlisted', data: { from } })
        return
      }
      if (allowed.includes(to)) return
      context.report({
        node: node.source,
        messageId: 'upward',
        data: {
          from,
          to,
          allowed:
            allowed.length > 0
              ? `may import only ${allowed.join(', ')}`
              : 'is a bottom layer: it imports no other Cadence code',
        },
      })
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node)
      },
    }
  },
}

export default { rules: { 'shared-layers': sharedLayers } }
