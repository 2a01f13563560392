import type { ComplexAttributeConverter } from 'lit';

/**
 * A boolean attribute that reads `"false"` as false. Lit's `type: Boolean` takes any present attribute for true,
 * and Vue binds a kebab-case name that is not a property (`:needs-action="false"`) as the attribute
 * `needs-action="false"`, which would switch the option on. Absent or `"false"`: false; any other value: true.
 * Reflected as the empty attribute when true, none when false.
 */
export const booleanAttribute: ComplexAttributeConverter<boolean> = {
  fromAttribute: (value) => value !== null && value !== 'false',
  toAttribute: (value) => (value ? '' : null),
};
