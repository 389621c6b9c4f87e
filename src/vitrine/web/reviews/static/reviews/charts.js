// Charts drawn from the accessible data tables of the page (the tables stay the source of truth).
(function () {
  "use strict";
  function read(tableId) {
    var table = document.getElementById(tableId);
    if (!table) { return null; }
    var heads = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) { return th.textContent.trim(); });
    var rows = Array.prototype.map.call(table.querySelectorAll("tbody tr"), function (tr) {
      return Array.prototype.map.call(tr.children, function (cell) { return cell.textContent.trim(); });
    });
    return { heads: heads, labels: rows.map(function (r) { return r[0]; }), column: function (i) {
      return rows.map(function (r) { var v = parseFloat((r[i] || "").replace(",", ".")); return isNaN(v) ? null : v; });
    } };
  }
  var colors = ["#1f6f63", "#a3261b", "#8a5a00", "#3d5a98", "#6b3d98", "#2f7d32", "#b0006d", "#00796b", "#5d4037", "#455a64"];
  function configFor(kind, data) {
    if (kind === "rating") {
      return { type: "bar", data: { labels: data.labels, datasets: [
        { type: "line", label: data.heads[2], data: data.column(2), yAxisID: "y1", borderColor: colors[0], backgroundColor: colors[0] },
        { label: data.heads[1], data: data.column(1), backgroundColor: "#b9d8cf" } ] },
        options: { scales: { y1: { position: "right", min: 0, max: 5 } } } };
    }
    if (kind === "sentiment") {
      return { type: "bar", data: { labels: data.labels, datasets: [5, 6, 7].map(function (i, n) {
        return { label: data.heads[i], data: data.column(i), backgroundColor: ["#2f7d32", "#9aa5a1", "#a3261b"][n] }; }) },
        options: { scales: { x: { stacked: true }, y: { stacked: true } } } };
    }
    if (kind === "reply") {
      return { type: "line", data: { labels: data.labels, datasets: [
        { label: data.heads[3], data: data.column(3), borderColor: colors[0], backgroundColor: colors[0], yAxisID: "y" },
        { label: data.heads[4], data: data.column(4), borderColor: colors[2], backgroundColor: colors[2], yAxisID: "y1" } ] },
        options: { scales: { y: { min: 0, max: 100 }, y1: { position: "right", min: 0 } } } };
    }
    if (kind === "distribution") {
      return { type: "bar", data: { labels: data.labels, datasets: [{ label: data.heads[1], data: data.column(1), backgroundColor: colors[0] }] },
        options: { indexAxis: "y" } };
    }
    var sets = [];
    for (var i = 1; i < data.heads.length; i++) {
      sets.push({ label: data.heads[i], data: data.column(i), borderColor: colors[(i - 1) % colors.length], backgroundColor: colors[(i - 1) % colors.length] });
    }
    return { type: "line", data: { labels: data.labels, datasets: sets } };
  }
  function draw() {
    if (typeof window.Chart === "undefined") { return; }
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      var data = read(canvas.getAttribute("data-table"));
      if (!data || !data.labels.length) { canvas.hidden = true; return; }
      var config = configFor(canvas.getAttribute("data-chart"), data);
      config.options = Object.assign({ responsive: true, animation: false }, config.options || {});
      new window.Chart(canvas, config);
    });
  }
  function copy() {
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
      button.addEventListener("click", function () {
        var source = document.getElementById(button.getAttribute("data-copy"));
        var text = source ? source.value : "";
        if (navigator.clipboard && text) { navigator.clipboard.writeText(text); button.textContent = "Copié"; }
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () { draw(); copy(); });
})();
