// Starts Swagger UI on /openapi.json. A file of its own, not an inline script, so the page's CSP stays strict.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null, // no call to an outside validator
  });
});
