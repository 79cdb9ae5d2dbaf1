package vn.danso.examples;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: runs the {@link ValidationService} until the process is stopped. */
@Command(name = "serve", description = "Serve POST /validate over HTTP: figures as CSV or JSON in, the report as JSON "
    + "out (see the README). Runs until stopped.")
final class ServeCommand implements Callable<Integer> {
  private final Console console;

  @Option(names = "--host", paramLabel = "ADDRESS", descriptionKey = "serve.host",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "PORT", descriptionKey = "serve.port",
      description = "The port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--max-bytes", paramLabel = "BYTES", descriptionKey = "serve.max-bytes",
      description = "The largest request body taken (default: ${DEFAULT-VALUE}).")
  int maxBytes = ValidationService.DEFAULT_MAX_BYTES;

  ServeCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    try (ValidationService service = ValidationService.start(new InetSocketAddress(host, port), maxBytes)) {
      InetSocketAddress address = service.address();
      console.out().println(console.t("Đang phục vụ ", "Serving ") + "POST http://" + address.getHostString() + ":"
          + address.getPort() + "/validate" + console.t(" (dừng bằng Ctrl-C)", " (stop with Ctrl-C)"));
      new CountDownLatch(1).await();
    }
    return ExitStatus.VALID;
  }
}
