(function () {
  "use strict";
  function cellValue(row, col, numeric) {
    var cell = row.cells[col];
    if (!cell) { return numeric ? -Infinity : ""; }
    var raw = cell.getAttribute("data-v");
    if (numeric) {
      var n = parseFloat(raw === null ? cell.textContent.replace(/[^0-9.\-]/g, "") : raw);
      return isNaN(n) ? -Infinity : n;
    }
    return cell.textContent.trim().toLowerCase();
  }
  function sortBy(table, th) {
    var col = th.cellIndex, numeric = th.getAttribute("data-type") === "num";
    var asc = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(th.parentNode.cells, function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", asc ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows).map(function (r, i) { return [r, i]; });
    rows.sort(function (a, b) {
      var x = cellValue(a[0], col, numeric), y = cellValue(b[0], col, numeric);
      var c = x < y ? -1 : x > y ? 1 : 0;
      return c === 0 ? a[1] - b[1] : (asc ? c : -c);
    });
    rows.forEach(function (r) { body.appendChild(r[0]); });
  }
  document.querySelectorAll("table.sortable thead th").forEach(function (th) {
    th.addEventListener("click", function () { sortBy(th.closest("table"), th); });
  });
  function toggleEntity(key) {
    var on = !document.querySelector('.hl-entity.active[data-ent="' + key + '"]');
    document.querySelectorAll(".hl-entity.active").forEach(function (m) { m.classList.remove("active"); });
    if (!on) { return; }
    document.querySelectorAll(".hl-entity").forEach(function (m) {
      if (m.getAttribute("data-ent") === key) { m.classList.add("active"); }
    });
  }
  document.addEventListener("click", function (ev) {
    var el = ev.target.closest ? ev.target.closest(".hl-entity, .ename") : null;
    if (el && el.getAttribute("data-ent")) { toggleEntity(el.getAttribute("data-ent")); }
  });
}());
