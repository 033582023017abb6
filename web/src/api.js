// Thin client of the eventwire HTTP API (same origin).
const TOKEN_KEY = "eventwire.token";

export function getToken() { return sessionStorage.getItem(TOKEN_KEY) || ""; }
export function setToken(t) { t ? sessionStorage.setItem(TOKEN_KEY, t) : sessionStorage.removeItem(TOKEN_KEY); }

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.error ? body.error + (body.hint ? ` (${body.hint})` : "") : `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

async function call(method, path, body) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const token = getToken();
  if (token && method !== "GET") headers.Authorization = `Bearer ${token}`;
  const resp = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  let data = null;
  try { data = await resp.json(); } catch { data = null; }
  if (!resp.ok) throw new ApiError(resp.status, data);
  return data;
}

export const api = {
  meta: () => call("GET", "/meta"),
  events: (params) => call("GET", "/events?" + new URLSearchParams(params).toString()),
  event: (id) => call("GET", `/events/${encodeURIComponent(id)}`),
  article: (id) => call("GET", `/articles/${encodeURIComponent(id)}`),
  verdict: (id, body) => call("PATCH", `/events/${encodeURIComponent(id)}`, body),
};
