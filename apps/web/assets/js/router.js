/**
 * History-API navigation: links with a same-origin path are followed without reloading; the
 * browser's back and forward buttons work; `render` is called with the new location.
 */
let renderLocation = () => undefined;

export function navigate(path, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  return renderLocation(new URL(path, location.origin));
}

/** Re-renders the current location (after a step changed the data shown). */
export function reload() {
  return renderLocation(new URL(location.href));
}

export function startRouter(render) {
  renderLocation = render;
  window.addEventListener('popstate', () => render(new URL(location.href)));
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.getAttribute('href').startsWith('#')) return;
    const target = new URL(anchor.href, location.href);
    if (target.origin !== location.origin || target.pathname.startsWith('/api/') || target.pathname.startsWith('/assets/')) return;
    event.preventDefault();
    navigate(target.pathname + target.search + target.hash);
  });
  return render(new URL(location.href));
}

/** The query string of the current location as a plain object. */
export function queryOf(url) {
  return Object.fromEntries(new URL(url).searchParams.entries());
}

/** Replaces the query of the current location (filters, periods) without a new history entry per keystroke. */
export function setQuery(values, { replace = false } = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const search = params.toString();
  return navigate(`${location.pathname}${search ? `?${search}` : ''}`, { replace });
}
