// Registers the service worker and runs the "Offline lezen" block in the footer: download with
// progress, an indicator once the site is on the device, and a calm message when an update is ready.

interface OfflineSummary {
  version: string;
  size: number;
  count: number;
}

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;

export async function startOffline(root: HTMLElement): Promise<void> {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const base = root.dataset.base ?? '/';
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
  const button = root.querySelector<HTMLButtonElement>('[data-offline-download]')!;
  const progress = root.querySelector<HTMLProgressElement>('progress')!;
  const update = root.querySelector<HTMLElement>('[data-offline-update]')!;
  const refresh = root.querySelector<HTMLButtonElement>('[data-offline-refresh]')!;

  const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  const summary = (await (await fetch(`${base}offline.json`)).json()) as OfflineSummary;
  button.hidden = false;
  button.textContent = `Download voor offline gebruik (${megabytes(summary.size)})`;

  const showComplete = () => {
    root.dataset.state = 'offline';
    status.textContent = '✓ De hele handreiking staat op dit apparaat. Lezen en zoeken werken ook zonder internet.';
    button.hidden = true;
    progress.hidden = true;
  };

  navigator.serviceWorker.addEventListener('message', (event) => {
    const data = event.data as {
      type: string;
      done?: number;
      total?: number;
      complete?: boolean;
      message?: string;
      reden?: string;
    };
    if (data.type === 'voortgang' && data.total) {
      progress.hidden = false;
      progress.value = Math.round((100 * (data.done ?? 0)) / data.total);
      status.textContent = `Bezig met downloaden: ${progress.value} % van ${megabytes(data.total)}.`;
    } else if (data.type === 'klaar' || (data.type === 'status' && data.complete)) {
      showComplete();
    } else if (data.type === 'fout') {
      button.disabled = false;
      progress.hidden = true;
      status.textContent =
        data.message ?? 'Het downloaden is niet gelukt. Controleer de internetverbinding en probeer het opnieuw.';
      // Fetches the newer worker now, so "Nu vernieuwen" appears without waiting for the next visit.
      if (data.reden === 'nieuwe-versie') void registration.update().catch(() => {});
    }
  });

  button.addEventListener('click', async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    button.disabled = true;
    status.textContent = 'Het downloaden begint…';
    worker?.postMessage({ type: 'download' });
  });

  // A new version waits until the reader says so; then every tab reloads on the new version at once.
  const offerUpdate = (worker: ServiceWorker) => {
    update.hidden = false;
    refresh.onclick = () => worker.postMessage({ type: 'vernieuw' });
  };
  if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(installing);
    });
  });
  // Reload only when the reader asked for the update, not when the first worker takes control.
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading || update.hidden) return;
    reloading = true;
    window.location.reload();
  });

  (await navigator.serviceWorker.ready).active?.postMessage({ type: 'status' });
}
