// Starts the vendored Swagger UI on this server's OpenAPI document (no network needed).
window.addEventListener("load", function () {
  var el = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({ url: el.getAttribute("data-openapi"), dom_id: "#swagger-ui", validatorUrl: null,
                                deepLinking: true });
});
