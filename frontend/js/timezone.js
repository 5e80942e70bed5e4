// The reader's time zone for the server: it counts "today" (due counts, the streak, the heatmap) in the zone
// of the tz cookie when the profile sets none. A plain ES module, no inline code (CSP); without JavaScript the
// server uses UTC, or the profile's zone.
const COOKIE = 'tz';
const ONE_YEAR = 365 * 24 * 60 * 60;

function browserZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch (e) {
    return null;
  }
}

function currentCookie() {
  const entry = document.cookie.split('; ').find((pair) => pair.startsWith(COOKIE + '='));
  return entry ? entry.substring(COOKIE.length + 1) : null;
}

const zone = browserZone();
// zone ids are letters, digits, '/', '_', '+' and '-': nothing a cookie value needs to escape
if (zone && /^[A-Za-z0-9/_+-]{1,64}$/.test(zone) && currentCookie() !== zone) {
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = COOKIE + '=' + zone + '; Path=/; Max-Age=' + ONE_YEAR + '; SameSite=Lax' + secure;
}
