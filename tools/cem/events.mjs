/**
 * Events come from the elements' JSDoc: `@fires {OrderSelectEvent} order-select - …` gives name, type and
 * description. The analyzer also records each `this.dispatchEvent(new OrderSelectEvent(…))` it sees, with a
 * type but no name (the name is inside the event class): those are dropped when documented, and an
 * undocumented one, or a `@fires` without its `{EventClass}`, stops `cem analyze`.
 */
export function documentedEvents() {
  return {
    name: 'supplier-flow-documented-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.events) continue;
          const owner = declaration.tagName ?? declaration.name;
          const documented = declaration.events.filter((event) => event.name);
          for (const event of declaration.events) {
            if (!event.name && !documented.some((candidate) => candidate.type?.text === event.type?.text)) {
              throw new Error(
                `${module.path}: ${owner} dispatches ${event.type?.text ?? 'an event'} that its JSDoc does not document: add "@fires {${event.type?.text ?? 'EventClass'}} event-name - description".`,
              );
            }
            if (event.name && !event.type?.text) {
              throw new Error(
                `${module.path}: ${owner}'s event "${event.name}" has no type: write "@fires {EventClass} ${event.name} - description".`,
              );
            }
          }
          declaration.events = documented;
        }
      }
    },
  };
}
