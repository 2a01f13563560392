/** lucide's per-icon modules (`lucide/dist/esm/icons/<name>.mjs`): each exports the icon's SVG children as its default. */
declare module 'lucide/dist/esm/icons/*.mjs' {
  const icon: readonly (readonly [tag: string, attrs: Readonly<Record<string, string | number | undefined>>])[];
  export default icon;
}
