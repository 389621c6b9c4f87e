// Builds the page in the browser, then loads a session-recording tool without asking.
(function () {
  var app = document.getElementById("app");
  var title = document.createElement("h1");
  title.textContent = "Cabinet du Dr Test, construit en JavaScript";
  app.appendChild(title);
  var text = document.createElement("p");
  text.textContent = "Consultations du lundi au vendredi, de 9 h à 18 h.";
  app.appendChild(text);
  var link = document.createElement("a");
  link.href = "/suite.html";
  link.textContent = "Suite";
  app.appendChild(link);
  var recorder = document.createElement("script");
  recorder.src = "https://static.hotjar.com/c/hotjar-123.js?sv=6";
  document.head.appendChild(recorder);
})();
