package vn.danso.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.danso.data.DataValidator;
import vn.danso.text.Language;
import vn.danso.validation.ReportFormat;
import vn.danso.validation.ValidationReport;

/**
 * A validation service over HTTP (dịch vụ kiểm tra số liệu), on the JDK's own server: {@code POST /validate} with
 * figures as CSV ({@code Content-Type: text/csv}, the rows of {@link ValuesCsv}) or JSON
 * ({@code application/json}, the form of {@link ValuesJson}) answers {@code 200} with the report as
 * {@link ReportFormat#json() JSON}, valid or not: the report's {@code "valid"} says which. A request that cannot be
 * checked gets a 4xx answer with {@code {"error":{"vi":…,"en":…}}}: 400 not CSV or JSON, or no figures; 404 another
 * path; 405 another method; 411 no length; 413 a body over the limit; 415 another content type.
 *
 * <p>One {@link DataValidator}, immutable, serves every request; requests run on a small fixed pool of threads.
 */
final class ValidationService implements AutoCloseable {
  /** The largest body taken by default: 4 MiB, some 100,000 rows of figures. */
  static final int DEFAULT_MAX_BYTES = 4 << 20;
  private static final int THREADS = 4;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService pool;
  private final DataValidator validator = DataValidator.builder().build();
  private final int maxBytes;

  private ValidationService(InetSocketAddress address, int maxBytes) throws IOException {
    this.maxBytes = maxBytes;
    this.server = HttpServer.create(address, 0);
    this.pool = Executors.newFixedThreadPool(THREADS);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
  }

  /**
   * Starts a service.
   *
   * @param address where to listen; port 0 picks a free one
   * @param maxBytes the largest request body taken
   * @return the running service
   * @throws IOException if the address cannot be bound
   */
  static ValidationService start(InetSocketAddress address, int maxBytes) throws IOException {
    ValidationService service = new ValidationService(address, maxBytes);
    service.server.start();
    return service;
  }

  /** The address the service listens on, with the port it was given. */
  InetSocketAddress address() {
    return server.getAddress();
  }

  /** Stops taking requests, lets those running finish for up to a second, and stops the threads. */
  @Override
  public void close() {
    server.stop(1);
    pool.shutdown();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestURI().getPath().equals("/validate")) {
        error(exchange, 404, "Không có địa chỉ này; dùng POST /validate", "No such path; use POST /validate");
        return;
      }
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.getResponseHeaders().set("Allow", "POST");
        error(exchange, 405, "Chỉ nhận POST", "Only POST is accepted");
        return;
      }
      String type = mediaType(exchange);
      if (!type.equals("text/csv") && !type.equals("application/json")) {
        error(exchange, 415, "Content-Type cần là text/csv hoặc application/json, không phải \"" + type + "\"",
            "Content-Type must be text/csv or application/json, not \"" + type + "\"");
        return;
      }
      byte[] body = body(exchange);
      if (body == null) {
        return;
      }
      ValidationReport report;
      try {
        ValuesCsv figures = type.equals("text/csv") ? ValuesCsv.read(body, "request", "the request")
            : ValuesJson.read(body, "the request");
        report = figures.report().merge(validator.validate(figures.dataset()));
      } catch (InputException e) {
        error(exchange, 400, e.message(Language.VI), e.message(Language.EN));
        return;
      }
      send(exchange, 200, ReportFormat.json().format(report));
    }
  }

  /** The body, or null when it was refused as too long or of no length (the answer is sent). */
  private byte[] body(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    boolean chunked = "chunked".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Transfer-Encoding"));
    if (length == null && !chunked) {
      error(exchange, 411, "Cần Content-Length", "Content-Length is required");
      return null;
    }
    if (length != null && (!length.matches("[0-9]{1,10}") || Long.parseLong(length) > maxBytes)) {
      error(exchange, 413, "Nội dung dài quá " + maxBytes + " byte", "The body is longer than " + maxBytes + " bytes");
      return null;
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (InputStream in = exchange.getRequestBody()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (body.size() + n > maxBytes) {
          error(exchange, 413, "Nội dung dài quá " + maxBytes + " byte",
              "The body is longer than " + maxBytes + " bytes");
          return null;
        }
        body.write(buffer, 0, n);
      }
    }
    return body.toByteArray();
  }

  private static String mediaType(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Content-Type");
    if (header == null) {
      return "";
    }
    int semicolon = header.indexOf(';');
    return (semicolon < 0 ? header : header.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  private static void error(HttpExchange exchange, int status, String vi, String en) throws IOException {
    Map<String, Object> body = Map.of("error", ImmutableMap.of("vi", vi, "en", en));
    send(exchange, status, JSON.writeValueAsString(body) + "\n");
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
