package org.shegong.core.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.shegong.core.division.DivisionTable;

/** Small division tables written to a temporary directory for edge cases. */
final class TinyTables {

  private TinyTables() {}

  /** A table whose only county, 990101 测试县, has one 类似乡级单位 and no real township. */
  static DivisionTable onlyTownshipLikeUnits() {
    try {
      Path dir = Files.createTempDirectory("shegong-coverage");
      // registered first, deleted last: after the files written into it
      dir.toFile().deleteOnExit();
      write(dir, "provinces.csv", "code,name\n99,\"测试省\"\n");
      write(dir, "cities.csv", "code,name\n9901,\"测试市\"\n");
      write(dir, "areas.csv", "code,name\n990101,\"测试县\"\n");
      write(dir, "streets.csv", "code,name\n990101400,\"测试农场\"\n");
      return DivisionTable.load(dir, "test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path dir, String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    file.toFile().deleteOnExit();
  }
}
