/* wirecoder review: the judgement buttons of the event and actor pages. They post to the
   JSON API with the write token the analyst types (kept for this tab in sessionStorage);
   messages go into the page as text only. */
(function () {
  "use strict";

  const panel = document.getElementById("review");
  if (!panel) return;
  const token = document.getElementById("r-token");
  const message = document.getElementById("r-message");
  const KEY = "wirecoder-write-token";
  token.value = sessionStorage.getItem(KEY) || "";

  function value(id) {
    const node = document.getElementById(id);
    return node && node.value.trim() !== "" ? node.value.trim() : null;
  }

  function say(text, isError) {
    message.textContent = text;
    message.classList.toggle("error", !!isError);
    message.classList.toggle("muted", !isError);
  }

  async function post(url, body) {
    sessionStorage.setItem(KEY, token.value.trim());
    const r = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json",
                 Authorization: "Bearer " + token.value.trim() },
      body: JSON.stringify(Object.assign({ author: value("r-author"), note: value("r-note") }, body)),
    });
    let data = null;
    try { data = await r.json(); } catch (e) { data = null; }
    if (!r.ok) throw new Error(data && data.error ? data.error.message : r.status + " " + r.statusText);
    return data;
  }

  async function act(url, body, done) {
    say("saving…");
    try {
      const data = await post(url, body);
      const j = data.judgement;
      say("judgement " + j.id + " saved (" + j.kind + (j.field ? " " + j.field : "") + ", " + j.status + ")");
      panel.dataset.saved = String(j.id);
      if (done) done(data);
      setTimeout(() => window.location.reload(), 400);
    } catch (e) {
      say(e.message, true);
    }
  }

  const eventId = panel.dataset.eventId;
  if (eventId) {
    const base = "/api/events/" + encodeURIComponent(eventId) + "/judgements";
    panel.querySelectorAll("button.verdict").forEach(b => b.addEventListener("click", () =>
      act(base, { verdict: b.dataset.verdict }, (data) => {
        document.getElementById("review-status").textContent = data.event ? data.event.review_status : b.dataset.verdict;
      })));
    document.getElementById("r-change").addEventListener("click", () =>
      act(base, { field: value("r-field"), value: value("r-value") }));
  }

  const actorId = panel.dataset.actorId;
  if (actorId) {
    const base = "/api/actors/" + encodeURIComponent(actorId) + "/judgements";
    document.getElementById("r-add-alias").addEventListener("click", () =>
      act(base, { kind: "alias", alias: value("r-alias") }));
    document.getElementById("r-merge").addEventListener("click", () =>
      act(base, { kind: "merge", into: value("r-into") }));
    document.getElementById("r-split").addEventListener("click", () =>
      act(base, { kind: "split", name: value("r-new-name"),
                  names: (value("r-names") || "").split(",").map(s => s.trim()).filter(Boolean) }));
  }

  panel.querySelectorAll("button.revert").forEach(b => b.addEventListener("click", () =>
    act("/api/judgements/" + encodeURIComponent(b.dataset.judgement) + "/revert", {})));
})();
