import { on, type EventOf, type ListenOptions, type Remove } from './listen';

/**
 * Listens for an event that is not composed (`change`, `submit`): it never leaves the shadow root its
 * target lives in, so a window listener misses it. Shadow roots are found when focus enters them (focus
 * events are composed), which happens before any field inside can change or a form be submitted.
 */
export function onAcrossShadowRoots<K extends string>(win: Window, type: K, handler: (event: EventOf<K>) => void, options: ListenOptions): Remove {
  const watched = new WeakSet<ShadowRoot>();
  const removers: Remove[] = [on(win, type, handler, options)];
  removers.push(
    on(
      win,
      'focusin',
      (event) => {
        for (const node of event.composedPath()) {
          const root = node as ShadowRoot;
          if (root.nodeType !== 11 || !('host' in root) || watched.has(root)) continue;
          watched.add(root);
          removers.push(on(root, type, handler, options));
        }
      },
      options,
    ),
  );
  return () => removers.splice(0).forEach((remove) => remove());
}
