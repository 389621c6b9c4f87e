// Loads deferred scripts (type="text/plain" data-consent) only once the visitor accepts.
document.getElementById("accepter").addEventListener("click", function () {
  document.querySelectorAll('script[type="text/plain"][data-consent]').forEach(function (deferred) {
    var script = document.createElement("script");
    script.src = deferred.getAttribute("src");
    document.head.appendChild(script);
  });
  document.getElementById("bandeau-cookies").remove();
});
document.getElementById("refuser").addEventListener("click", function () {
  document.getElementById("bandeau-cookies").remove();
});
