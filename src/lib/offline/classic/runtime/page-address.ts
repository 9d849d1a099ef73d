// Turns the page addresses Pagefind gives into addresses of files in the download (file://).

/**
 * Pagefind gives page addresses from the site root ("/tips/formeer-duos/?markeer=duo#kop"); from
 * disk they must point at the file in the download: ".../tips/formeer-duos/index.html?markeer=duo#kop".
 */
export function pageAddress(address: string, siteRoot: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(address)) return address;
  const [beforeHash = '', hash] = address.split('#');
  const [path = '', query] = beforeHash.split('?');
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  let result = new URL(file.replace(/^\/+/, ''), siteRoot).href;
  if (query) result += `?${query}`;
  if (hash !== undefined) result += `#${hash}`;
  return result;
}
