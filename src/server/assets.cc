// The stylesheet and script, compiled in: the site needs no files beside the
// binary and loads nothing from elsewhere (the Content-Security-Policy
// forbids it).
#include "server/handlers.h"

namespace stet::server::internal {

const char kCss[] = R"css(
:root { --ink: #1b1b1b; --muted: #666; --line: #ddd; --del: #ffe3e3;
  --del-ink: #8a1010; --ins: #ddf6dd; --ins-ink: #0b5d0b; --moved: #eef0ff; }
* { box-sizing: border-box; }
body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: var(--ink);
  margin: 0; background: #fff; }
header.site { border-bottom: 1px solid var(--line); padding: .6em 1em;
  font-family: system-ui, sans-serif; display: flex; gap: 1.2em;
  align-items: baseline; }
header.site .name { font-weight: bold; font-size: 1.2em; text-decoration: none;
  color: var(--ink); }
header.site nav a { margin-right: 1em; }
main { max-width: 70em; margin: 0 auto; padding: 1em; }
a { color: #0645ad; }
h1 { font-size: 1.6em; line-height: 1.25; margin: .3em 0; }
.meta, .summary, time, .small { font-family: system-ui, sans-serif;
  font-size: .85em; color: var(--muted); }
ul.changes { list-style: none; padding: 0; }
ul.changes li { padding: .5em 0; border-bottom: 1px solid var(--line); }
ul.changes .headline { font-size: 1.05em; }
table.stats, table.list { border-collapse: collapse; font-family: system-ui,
  sans-serif; font-size: .9em; }
table.stats td, table.stats th, table.list td, table.list th {
  padding: .25em .8em .25em 0; text-align: left; border-bottom: 1px solid
  var(--line); }
ol.timeline { padding-left: 1.4em; }
ol.timeline li { margin: .3em 0; }
.article-text p { max-width: 42em; }
del { background: var(--del); color: var(--del-ink); }
ins { background: var(--ins); color: var(--ins-ink); text-decoration: none; }
.field { margin: .4em 0; }
.field .label { font-family: system-ui, sans-serif; font-size: .8em;
  color: var(--muted); display: block; }
table.diff { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.diff td { vertical-align: top; padding: .2em .6em; width: 50%; }
table.diff tr.para td { padding-top: .9em; }
table.diff tr.chg td { background: #fafafa; }
table.diff tr.current td { outline: 2px solid #f0b400; }
td.deleted { background: var(--del) !important; }
td.added { background: var(--ins) !important; }
td.moved, .inline .moved { background: var(--moved) !important; }
.badge { font-family: system-ui, sans-serif; font-size: .7em; color: var(--muted);
  border: 1px solid var(--line); border-radius: 3px; padding: 0 .3em;
  margin-right: .3em; }
a.anchor { font-size: .8em; color: var(--muted); text-decoration: none; }
.inline p { max-width: 46em; }
.inline .current { outline: 2px solid #f0b400; }
.pager { margin: 1em 0; font-family: system-ui, sans-serif; }
.keys { font-family: system-ui, sans-serif; font-size: .8em; color: var(--muted); }
p.error { font-family: system-ui, sans-serif; }
form.search { font-family: system-ui, sans-serif; font-size: .9em;
  display: flex; flex-wrap: wrap; gap: .5em 1em; align-items: center;
  margin: .5em 0 1em; }
form.search input[type=search] { flex: 1 1 20em; font-size: 1.1em;
  padding: .3em .5em; }
ol.hits { padding-left: 1.6em; }
ol.hits li { padding: .5em 0; border-bottom: 1px solid var(--line); }
ol.hits .passage { margin: .3em 0; max-width: 46em; }
ol.hits .label { font-family: system-ui, sans-serif; font-size: .75em;
  color: var(--muted); }
mark { background: #fff1a8; color: inherit; }
a.removed { color: var(--del-ink); }
.fact { border-left: 3px solid var(--line); padding-left: .8em; margin: 1em 0; }
.fact p { margin: .3em 0; }
a.outlet { font-weight: 600; margin-right: .3em; }
ul.stories li { margin: .4em 0; }
ul.quotes { list-style: none; padding: 0; }
ul.quotes li { padding: .4em 0; border-bottom: 1px solid var(--line); }
ul.quotes blockquote { margin: .2em 0; max-width: 46em; }
ul.quotes blockquote::before { content: "\201C"; }
ul.quotes blockquote::after { content: "\201D"; }
a.speaker { font-weight: 600; }
.quotes-changed { border-left: 3px solid var(--line); padding-left: .8em; }
.quotes-changed li { margin: .3em 0; }
.quotes-changed li.removed b { color: var(--del-ink); }
)css";

// Keyboard navigation on diff pages: j or n for the next change, k or p for
// the previous one; the location's fragment follows, so it can be shared.
const char kJs[] = R"js(
(function () {
  var changes = Array.prototype.slice.call(document.querySelectorAll('.chg'));
  if (!changes.length) return;
  var at = -1;
  if (location.hash) {
    for (var i = 0; i < changes.length; i++)
      if ('#' + changes[i].id === location.hash) at = i;
  }
  function go(i) {
    if (i < 0 || i >= changes.length) return;
    if (at >= 0) changes[at].classList.remove('current');
    at = i;
    changes[at].classList.add('current');
    changes[at].scrollIntoView({block: 'center'});
    history.replaceState(null, '', '#' + changes[at].id);
  }
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target && e.target.tagName;
    if (t === 'INPUT' || t === 'TEXTAREA') return;
    if (e.key === 'j' || e.key === 'n') { go(at + 1); e.preventDefault(); }
    if (e.key === 'k' || e.key === 'p') { go(at < 0 ? 0 : at - 1); e.preventDefault(); }
  });
  if (at >= 0) go(at);
})();
)js";

}  // namespace stet::server::internal
