import { keyAllowed, keyTargetKind } from './keys.ts';

/** The element a key press comes from may keep it: fields take every key, controls take Space and Enter. */
export function keyIsFree(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return true;
  const kind = keyTargetKind(target.localName, {
    type: target.getAttribute('type'),
    editable: target.isContentEditable,
    role: target.getAttribute('role'),
  });
  return keyAllowed(kind, event);
}
