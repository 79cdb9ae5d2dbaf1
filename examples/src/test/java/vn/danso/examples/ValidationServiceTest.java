package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example HTTP service, started on a free loopback port and called as another program would call it. */
class ValidationServiceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int LIMIT = 2048;
  private static final String AN_MINH = "unit,period,key,value\n909,2023,births,1073\n909,2023,births[male],540\n"
      + "909,2023,births[female],535\n";

  private static ValidationService service;
  private static HttpClient client;

  @BeforeAll
  static void start() throws IOException {
    service = ValidationService.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), LIMIT);
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private static HttpRequest.Builder request(String path) {
    InetSocketAddress address = service.address();
    return HttpRequest.newBuilder(URI.create("http://" + address.getHostString() + ":" + address.getPort() + path))
        .timeout(Duration.ofSeconds(10));
  }

  private static HttpResponse<String> post(String type, String body) throws IOException, InterruptedException {
    return client.send(request("/validate").header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void csvFiguresGetTheReportAsJson() throws IOException, InterruptedException {
    HttpResponse<String> response = post("text/csv; charset=utf-8", AN_MINH);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    JsonNode report = JSON.readTree(response.body());
    assertThat(report.get("valid").asBoolean()).isFalse();
    assertThat(report.get("findings").get(0).get("rule").asText()).isEqualTo("data.components.sum-mismatch");
  }

  @Test
  void jsonFiguresAreCheckedByTheSameRules() throws IOException, InterruptedException {
    HttpResponse<String> response = post("application/json", "{\"values\":["
        + "{\"unit\":\"909\",\"period\":\"2023\",\"key\":\"births\",\"value\":1073},"
        + "{\"unit\":\"909\",\"period\":\"2023\",\"key\":\"births[male]\",\"value\":538},"
        + "{\"unit\":\"909\",\"period\":\"2023\",\"key\":\"births[female]\",\"value\":535},"
        + "{\"unit\":\"909\",\"period\":\"2023\",\"key\":\"SRB\",\"value\":100.6},"
        + "{\"unit\":\"9O9\",\"period\":\"2023\",\"key\":\"deaths\",\"value\":3}]}");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode report = JSON.readTree(response.body());
    assertThat(report.get("counts").get("total").asInt()).as(response.body()).isEqualTo(1);
    JsonNode finding = report.get("findings").get(0);
    assertThat(finding.get("rule").asText()).isEqualTo("loader.cell");
    assertThat(finding.get("actual").get("value").asText()).isEqualTo("9O9");
    assertThat(finding.get("subject").get("path").asText()).isEqualTo("json[values[4]]");
  }

  @Test
  void badInputGetsAClearClientError() throws IOException, InterruptedException {
    HttpResponse<String> notJson = post("application/json", "{\"values\": [");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(notJson.body()).get("error").get("en").asText()).startsWith("the request is not JSON");
    HttpResponse<String> empty = post("text/csv", "unit,period,key,value\n");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("has no rows of figures");
    assertThat(post("text/plain", AN_MINH).statusCode()).isEqualTo(415);
    assertThat(client.send(request("/validate").GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(405);
    assertThat(client.send(request("/other").GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aBodyOverTheLimitIsRefused() throws IOException, InterruptedException {
    HttpResponse<String> response = post("text/csv", AN_MINH.repeat(LIMIT / AN_MINH.length() + 1));
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("The body is longer than " + LIMIT + " bytes");
  }

  @Test
  void requestsAtOnceShareOneServiceAndGetTheirOwnAnswers() {
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String body = i % 2 == 0 ? AN_MINH : AN_MINH.replace("540", "538");
      answers.add(client.sendAsync(request("/validate").header("Content-Type", "text/csv")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }
    for (int i = 0; i < answers.size(); i++) {
      HttpResponse<String> response = answers.get(i).join();
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains(i % 2 == 0 ? "\"valid\":false" : "\"valid\":true");
    }
  }
}
