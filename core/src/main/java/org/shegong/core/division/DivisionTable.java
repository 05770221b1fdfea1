package org.shegong.core.division;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.core.internal.division.DivisionStore;
import org.shegong.core.internal.division.DivisionTableReader;
import org.shegong.core.internal.division.DivisionTableReader.OpenedFile;

/**
 * A vintage of the table of China's administrative divisions (统计用区划代码): provinces, cities, counties
 * and townships with their names.
 *
 * <p>{@link #bundled()} is the 2022 table of the National Bureau of Statistics shipped inside
 * {@code shegong-core} (see {@code DIVISIONS-NOTE.md} next to it for source, vintage and licence);
 * {@link #load(Path, String)} reads a newer table a user supplies in the same four-file CSV layout.
 * Reports name the {@link #vintage()} they were checked against.
 *
 * <p>The files are read by a small parser of the project's own, not by a CSV library: {@code
 * shegong-core} has no runtime dependencies, and the layout (header row, comma-separated, names
 * double-quoted with {@code ""} escapes, optional UTF-8 BOM, one line per row) needs no more.
 *
 * <p>Parents are not stored: the parent of a division is given by its code's prefix (a county's
 * first 4 digits are its city, a township's first 6 its county). Loading checks this: a parent
 * column that disagrees with the prefix, or a parent that is not in the table, fails the load with
 * {@link DivisionTableException} naming file and line.
 *
 * <p>Villages (村委会/居委会) are not in the table. A 12-digit village code is checked with {@link
 * #isPlausibleVillage(DivisionCode)}: its township must exist and its last 3 digits must not be
 * {@code 000}. A 12-digit code ending in {@code 000} is the township itself and is found by {@link
 * #find(DivisionCode)}.
 *
 * <p>Lookups never throw on bad input: a malformed or unknown code finds nothing. The table is
 * immutable and thread-safe; it keeps its codes in sorted {@code int} arrays and its names in one
 * string per level, and materializes a {@link Division} only when one is asked for.
 *
 * @since 0.1.0
 */
public final class DivisionTable {

  /** The vintage of the bundled table: data as of 2022-10-31. */
  public static final String BUNDLED_VINTAGE = "2022";

  private static final DivisionLevel[] LEVELS = DivisionLevel.values();

  private final String vintage;
  private final DivisionStore store;

  private DivisionTable(String vintage, DivisionStore store) {
    this.vintage = vintage;
    this.store = store;
  }

  /**
   * Loads the bundled table on first use of {@link #bundled()} (holder idiom).
   *
   * @since 0.1.0
   */
  private static final class BundledHolder {
    static final DivisionTable TABLE =
        new DivisionTable(BUNDLED_VINTAGE, DivisionTableReader.read(new BundledFiles()));
  }

  /**
   * Opens the gzipped CSVs bundled next to this class. A class rather than a lambda, and {@code
   * concat} rather than {@code +}, to spare the cold start the bootstrap of invokedynamic.
   *
   * @since 0.1.0
   */
  private static final class BundledFiles implements DivisionTableReader.FileSource {
    @Override
    public @Nullable OpenedFile open(String baseName) {
      String resource = baseName.concat(".gz");
      InputStream stream = DivisionTable.class.getResourceAsStream(resource);
      return stream == null ? null : new OpenedFile(resource, stream, true);
    }
  }

  /**
   * Returns the table bundled with this library, vintage {@value #BUNDLED_VINTAGE}.
   *
   * <p>The table is read on the first call and then shared.
   *
   * @return the bundled table, never null
   * @throws DivisionTableException when the bundled resources are missing (a broken jar)
   */
  public static DivisionTable bundled() {
    return BundledHolder.TABLE;
  }

  /**
   * Reads a table from a directory holding {@code provinces.csv}, {@code cities.csv}, {@code
   * areas.csv} and {@code streets.csv}, each plain or gzipped ({@code .csv.gz}).
   *
   * <p>Columns are found by header name: {@code code} and {@code name} are required; the parent
   * columns of the bundled layout ({@code provinceCode}, {@code cityCode}, {@code areaCode}) are
   * optional and, when present, must equal the code's prefix. Rows may be in any order.
   *
   * @param directory the directory; not null
   * @param vintage the vintage to report, for example {@code "2023"}; not null or blank
   * @return the table, never null
   * @throws DivisionTableException when a file is missing, present both plain and gzipped, or
   *     unreadable ({@code SG-DIV-012}), a row is malformed ({@code SG-DIV-010}), or rows are
   *     inconsistent ({@code SG-DIV-011}); the message names the file and line
   */
  public static DivisionTable load(Path directory, String vintage) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(vintage, "vintage");
    if (vintage.isBlank()) {
      throw new IllegalArgumentException("vintage must not be blank");
    }
    return new DivisionTable(
        vintage,
        DivisionTableReader.read(
            baseName -> {
              Path plain = directory.resolve(baseName);
              Path gzipped = directory.resolve(baseName + ".gz");
              boolean hasPlain = Files.isRegularFile(plain);
              boolean hasGzipped = Files.isRegularFile(gzipped);
              if (hasPlain && hasGzipped) {
                throw new DivisionTableException(
                    DivisionTableException.UNREADABLE_TABLE,
                    baseName,
                    0,
                    "both " + baseName + " and " + baseName + ".gz exist in " + directory,
                    null);
              }
              if (!hasPlain && !hasGzipped) {
                return null;
              }
              Path file = hasPlain ? plain : gzipped;
              return new OpenedFile(
                  file.getFileName().toString(), Files.newInputStream(file), hasGzipped);
            }));
  }

  /**
   * Returns the vintage of the table, as reports name it.
   *
   * @return the vintage, for example {@code "2022"}; never null
   */
  public String vintage() {
    return vintage;
  }

  /**
   * Returns the number of divisions in the table, all levels together.
   *
   * @return the count (44,703 for the bundled table)
   */
  public int size() {
    int size = 0;
    for (int level = 0; level < DivisionStore.LEVELS; level++) {
      size += store.size(level);
    }
    return size;
  }

  /**
   * Returns the number of divisions on one level.
   *
   * @param level the level; not null
   * @return the count; 0 for {@link DivisionLevel#VILLAGE}, which the table does not hold
   */
  public int count(DivisionLevel level) {
    Objects.requireNonNull(level, "level");
    return level == DivisionLevel.VILLAGE ? 0 : store.size(level.ordinal());
  }

  /**
   * Finds a division by its code, written in any of the forms people use.
   *
   * <p>The forms: the table's own 2, 4, 6 or 9 digits ({@code 64}, {@code 6405}, {@code 640502},
   * {@code 640502100}), a township's 12-digit form ending {@code 000}, and the 6-digit GB/T 2260
   * form of a province ({@code 640000}) or city ({@code 640500}). A 6-digit code is first looked up
   * as a county; only when the table has no such county does a code ending {@code 00} find its
   * city, and one ending {@code 0000} its province (see {@link #find(DivisionCode)}).
   *
   * @param code the code as text; may be null
   * @return the division, or empty when the text is not such a code or not in the table
   */
  public Optional<Division> find(@Nullable String code) {
    return asCode(code).flatMap(this::find);
  }

  /**
   * Finds a division by its code, as {@link #find(String)}; the result always carries the table's
   * own (canonical) code.
   *
   * <p>A township found by its 12-digit form has its 9-digit code. A 6-digit code ending {@code 00}
   * that is not a county of the table is read as GB/T 2260: {@code 640500} finds the city {@code
   * 6405} 中卫市 and {@code 640000} the province {@code 64} 宁夏回族自治区, so the result's {@link
   * Division#level()} is then above the code's. A county row wins over that reading: {@code 441900}
   * finds the county 东莞市 (the only county of the city {@code 4419} 东莞市, with the same townships).
   * The GB/T forms {@code 110100} and {@code 500200} find the 市辖区 and 县 summary rows {@code 1101}
   * and {@code 5002} of the municipalities.
   *
   * @param code the code; not null; an invalid lenient code finds nothing
   * @return the division (with the canonical code), or empty when the code is invalid, a village
   *     code, or not in the table in any of its readings
   */
  public Optional<Division> find(DivisionCode code) {
    DivisionCode found = located(code);
    if (found == null) {
      return Optional.empty();
    }
    int level = found.level().ordinal();
    return Optional.of(Division.trusted(found, store.name(level, indexOf(found))));
  }

  /**
   * The reading of a code that the table holds, as {@link #find(DivisionCode)} describes: its
   * canonical code, else its GB/T 2260 province or city form; null when neither is in the table.
   */
  private @Nullable DivisionCode located(DivisionCode code) {
    Objects.requireNonNull(code, "code");
    if (!code.isValid() || code.level() == DivisionLevel.VILLAGE) {
      return null;
    }
    DivisionCode canonical = code.canonical();
    if (indexOf(canonical) >= 0) {
      return canonical;
    }
    Optional<DivisionCode> other = code.provinceOrCityForm();
    return other.isPresent() && indexOf(other.get()) >= 0 ? other.get() : null;
  }

  /** The index of a canonical code in its level of the store, or a negative number. */
  private int indexOf(DivisionCode canonical) {
    return store.indexOf(canonical.level().ordinal(), Integer.parseInt(canonical.value()));
  }

  /**
   * Tells whether the table holds a division with this code.
   *
   * @param code as for {@link #find(String)}; may be null
   * @return {@code true} when {@link #find(String)} finds it
   */
  public boolean contains(@Nullable String code) {
    Optional<DivisionCode> parsed = asCode(code);
    return parsed.isPresent() && contains(parsed.get());
  }

  /**
   * Tells whether the table holds a division with this code.
   *
   * @param code as for {@link #find(DivisionCode)}; not null
   * @return {@code true} when {@link #find(DivisionCode)} finds it
   */
  public boolean contains(DivisionCode code) {
    // without building the division and its name: the rules ask on every record
    return located(code) != null;
  }

  /**
   * Tells whether a code is a plausible village code: 12 digits not ending in {@code 000}, whose
   * township is in the table. Villages themselves are not in the table, so this is all that can be
   * checked.
   *
   * @param code the code; not null
   * @return {@code true} when the code is a village code of a known township
   */
  public boolean isPlausibleVillage(DivisionCode code) {
    Objects.requireNonNull(code, "code");
    return code.isValid()
        && code.level() == DivisionLevel.VILLAGE
        && contains(code.townshipCode().orElseThrow());
  }

  /**
   * Tells whether a text is a plausible village code, as {@link #isPlausibleVillage(DivisionCode)}.
   *
   * @param code the text; may be null
   * @return {@code true} when the text is a village code of a known township
   */
  public boolean isPlausibleVillage(@Nullable String code) {
    return code != null && isPlausibleVillage(DivisionCode.lenient(code));
  }

  /**
   * Returns the divisions above a code, nearest first: for a township its county, city and
   * province; for a village code (which the table does not hold) its township, county, city and
   * province. The code itself is not in the list and need not be in the table; only divisions that
   * are in the table are listed. A code that {@link #find(DivisionCode)} reads as GB/T 2260 ({@code
   * 640500}) stands for the division it finds ({@code 6405} 中卫市, whose only ancestor is 宁夏).
   *
   * @param code the code; not null
   * @return the ancestors, nearest first, province last; empty for a province, an invalid code, or
   *     a code none of whose ancestors is in the table
   */
  public List<Division> parentChain(DivisionCode code) {
    Objects.requireNonNull(code, "code");
    if (!code.isValid()) {
      return List.of();
    }
    List<Division> chain = new ArrayList<>(4);
    Optional<DivisionCode> parent = find(code).map(Division::code).orElse(code).parent();
    while (parent.isPresent()) {
      find(parent.get()).ifPresent(chain::add);
      parent = parent.get().parent();
    }
    return Collections.unmodifiableList(chain);
  }

  /**
   * Returns the divisions above a code, as {@link #parentChain(DivisionCode)}.
   *
   * @param code a code of any level; may be null
   * @return the ancestors, nearest first; empty when the text is not a code
   */
  public List<Division> parentChain(@Nullable String code) {
    return asCode(code).map(this::parentChain).orElse(List.of());
  }

  /**
   * Returns every province of the table.
   *
   * @return the provinces in code order, never null
   */
  public List<Division> provinces() {
    List<Division> result = new ArrayList<>(store.size(0));
    for (int index = 0; index < store.size(0); index++) {
      result.add(division(0, index));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns the divisions directly below one: a province's cities, a city's counties, a county's
   * townships.
   *
   * @param code the parent's code, in any form {@link #find(DivisionCode)} accepts ({@code 6405} or
   *     {@code 640500} for the counties of 中卫市); not null
   * @return the children in code order; empty for a township, a village, an invalid code or a code
   *     not in the table
   */
  public List<Division> children(DivisionCode code) {
    Objects.requireNonNull(code, "code");
    Optional<Division> parent = find(code);
    if (parent.isEmpty() || parent.get().level().compareTo(DivisionLevel.COUNTY) > 0) {
      return List.of();
    }
    return descendants(parent.get().code(), parent.get().level().ordinal() + 1);
  }

  /**
   * Returns the divisions directly below one, as {@link #children(DivisionCode)}.
   *
   * @param code the parent's code; may be null
   * @return the children in code order; empty when the text is not a code
   */
  public List<Division> children(@Nullable String code) {
    return asCode(code).map(this::children).orElse(List.of());
  }

  /**
   * Returns every township of a region: a province, a city or a county. Township-like units
   * (类似乡级单位) are included; filter on {@link TownshipKind#countsAsTownshipAdministration()} to count
   * real township-level administrations.
   *
   * @param regionCode the code of a province, city or county, in any form {@link
   *     #find(DivisionCode)} accepts ({@code 64} or {@code 640000}, {@code 6405} or {@code
   *     640500}); not null
   * @return the townships in code order; empty for a township or village code, an invalid code or a
   *     region not in the table
   */
  public List<Division> townships(DivisionCode regionCode) {
    Objects.requireNonNull(regionCode, "regionCode");
    Optional<Division> region = find(regionCode);
    if (region.isEmpty() || region.get().level().compareTo(DivisionLevel.COUNTY) > 0) {
      return List.of();
    }
    return descendants(region.get().code(), DivisionLevel.TOWNSHIP.ordinal());
  }

  /**
   * Returns every township of a region, as {@link #townships(DivisionCode)}.
   *
   * @param regionCode the code of a province, city or county; may be null
   * @return the townships in code order; empty when the text is not a code
   */
  public List<Division> townships(@Nullable String regionCode) {
    return asCode(regionCode).map(this::townships).orElse(List.of());
  }

  private List<Division> descendants(DivisionCode region, int level) {
    int ancestor = Integer.parseInt(region.value());
    int scale = 1;
    for (int i = region.value().length(); i < DivisionStore.digits(level); i++) {
      scale *= 10;
    }
    int from = store.lowerBound(level, ancestor * scale);
    int to = store.lowerBound(level, (ancestor + 1) * scale);
    List<Division> result = new ArrayList<>(to - from);
    for (int index = from; index < to; index++) {
      result.add(division(level, index));
    }
    return Collections.unmodifiableList(result);
  }

  private Division division(int level, int index) {
    return Division.trusted(
        DivisionCode.trusted(DivisionStore.format(level, store.code(level, index)), LEVELS[level]),
        store.name(level, index));
  }

  private static Optional<DivisionCode> asCode(@Nullable String code) {
    if (code == null) {
      return Optional.empty();
    }
    DivisionLevel level = DivisionCode.levelOf(code);
    return level == null ? Optional.empty() : Optional.of(DivisionCode.trusted(code, level));
  }

  /**
   * Returns the vintage and the number of divisions per level, for logs.
   *
   * @return for example {@code DivisionTable[vintage=2022, provinces=31, cities=342, …]}
   */
  @Override
  public String toString() {
    return "DivisionTable[vintage="
        + vintage
        + ", provinces="
        + store.size(0)
        + ", cities="
        + store.size(1)
        + ", counties="
        + store.size(2)
        + ", townships="
        + store.size(3)
        + "]";
  }
}
