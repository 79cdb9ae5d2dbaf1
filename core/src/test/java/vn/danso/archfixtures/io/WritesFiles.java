package vn.danso.archfixtures.io;

import java.io.File;

public final class WritesFiles {
  public boolean exists(String path) {
    return new File(path).exists();
  }
}
