package cn.kaohe.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module reads and writes only its own tables; another module's data comes through the owner's published API (issue 17,
 * docs/adr/0022 addendum "Tables through their owner"). Spring Modulith's {@code ModularityTest} sees Java dependencies,
 * not SQL: this test reads the SQL. Every string literal of the main sources (adjacent literals joined by {@code +}) is
 * scanned for {@code from|join|update|into|table <name>} and, for JPQL, entity names after {@code from|join}; a name
 * that is another module's table (or entity) is a violation unless the allow-list below names it with its reason.
 *
 * <p>Who owns a table is derived, not typed in: the tables are those the Flyway migrations create; the owner of a table
 * is the module whose entity maps it ({@code @Table}, {@code @CollectionTable}, {@code @JoinTable}), else the one module
 * whose SQL inserts into it, else the one whose SQL updates it; Camunda's {@code act_*} tables belong to
 * {@code workflow}. A migration table without an owner, or with two, fails the test.
 */
class TableOwnershipTest {

    static final Path MAIN = Path.of("src/main/java/cn/kaohe");
    static final Path MIGRATIONS = Path.of("src/main/resources/db");

    private static final String BOARD = "the committee board and public notice (10,000 rows): one page of 50 sorted and"
            + " filtered by the subject's name, a cadre's or a unit's, with the matching count (docs/adr/0013, 0019)";

    private static final String LEDGER_LIST =
            "the ledger list: one page sorted and filtered by the cadre's and the unit's names (docs/adr/0019)";

    private static final String AUDIT_LIST =
            "the audit trail: one page filtered by the actor's name (docs/adr/0019); audit may not call org or web,"
                    + " which record into it";

    private static final String TASK_SEARCH =
            "the task search by a cadre's name: one union over the processes' subjects (assessments, appeals, leave),"
                    + " capped at 1,000 business keys, instead of four queries";

    /**
     * Justified cross-module SQL, as "module/File.java: table" (one entry per file and table) with the reason. Each is
     * one list query whose join cannot be split into the owners' APIs without more queries or a page sorted or cut in
     * Java; keep this list short.
     */
    static final Map<String, String> ALLOWED = new TreeMap<>(Map.ofEntries(
            Map.entry("campaign/CampaignPages.java: cadre", BOARD),
            Map.entry("campaign/CampaignPages.java: org_unit", BOARD),
            Map.entry(
                    "campaign/AssessmentLookups.java: cadre",
                    "the results open to an interview: newest campaign first, then by the cadre's name, cut at 300"),
            Map.entry("ledger/LedgerPages.java: cadre", LEDGER_LIST),
            Map.entry("ledger/LedgerPages.java: org_unit", LEDGER_LIST),
            Map.entry("audit/AuditPages.java: cadre", AUDIT_LIST),
            Map.entry("audit/AuditPages.java: app_user", AUDIT_LIST),
            Map.entry("workflow/TaskInbox.java: assessment", TASK_SEARCH),
            Map.entry("workflow/TaskInbox.java: appeal", TASK_SEARCH),
            Map.entry("workflow/TaskInbox.java: leave_request", TASK_SEARCH),
            Map.entry("workflow/TaskInbox.java: cadre", TASK_SEARCH)));

    private static final Pattern CREATE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    /** Spring Modulith's registry table (docs/adr/0024): written by the framework, read by no module's SQL. */
    static final String EVENT_PUBLICATION = "event_publication";

    private static final Pattern DROP = Pattern.compile("(?i)drop\\s+table\\s+(?:if\\s+exists\\s+)?(\\w+)");
    private static final Pattern MAPPED =
            Pattern.compile("@(?:Table|CollectionTable|JoinTable)\\s*\\(\\s*(?:[^)]*?\\bname\\s*=\\s*)?\"(\\w+)\"");
    private static final Pattern ENTITY = Pattern.compile("@Entity\\b[\\s\\S]*?\\bclass\\s+(\\w+)");
    private static final Pattern INSERT = Pattern.compile("(?i)\\binsert\\s+into\\s+(\\w+)");
    private static final Pattern UPDATE = Pattern.compile("(?i)\\bupdate\\s+(\\w+)\\s+set\\b");
    private static final Pattern SQL_NAME = Pattern.compile("(?i)\\b(?:from|join|update|into|table)\\s+(\\w+)");
    private static final Pattern JPQL_NAME = Pattern.compile("\\b(?:from|join|FROM|JOIN)\\s+([A-Z]\\w*)");
    /** A string literal or a text block; adjacent ones joined by {@code +} are read as one. */
    private static final Pattern LITERAL =
            Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

    @Test
    void everyTableOfTheMigrationsHasOneOwningModule() {
        Owners owners = owners();
        assertThat(owners.problems).as("tables without exactly one owner").isEmpty();
        assertThat(owners.tables).as("tables found in the migrations").containsKeys("cadre", "assessment", "appeal");
    }

    @Test
    void modulesReadAndWriteOnlyTheirOwnTablesInSql() {
        Owners owners = owners();
        Set<String> found = new TreeSet<>();
        Set<String> used = new TreeSet<>();
        for (Path file : javaFiles()) {
            String module = module(file);
            String key = MAIN.relativize(file).toString().replace('\\', '/');
            String shortKey = module + "/" + file.getFileName();
            for (Literal literal : literals(read(file))) {
                for (String table : names(literal.text, owners)) {
                    String owner = owners.owner(table);
                    if (owner == null || owner.equals(module)) {
                        continue;
                    }
                    String entry = shortKey + ": " + table;
                    if (ALLOWED.containsKey(entry)) {
                        used.add(entry);
                    } else {
                        found.add(key + ":" + literal.line + " names " + table + " (owned by " + owner + ")");
                    }
                }
            }
        }
        assertThat(found)
                .as("SQL naming another module's table: call the owner's API instead (docs/adr/0022 addendum)")
                .isEmpty();
        assertThat(new TreeSet<>(ALLOWED.keySet()))
                .as("allow-list entries no longer needed: remove them")
                .isEqualTo(used);
    }

    @Test
    void theScannerSeesSqlSplitOverLiteralsAndEntityNames() {
        Owners owners = owners();
        String code = "String sql = \"select c.name from \"\n + \"cadre c join assessment a on a.cadre_id = c.id\";\n"
                + "@Query(\"select a from Assessment a\")";
        List<String> names = new ArrayList<>();
        literals(code).forEach(l -> names.addAll(names(l.text, owners)));
        assertThat(names).containsExactlyInAnyOrder("cadre", "assessment", "assessment");
    }

    // --- ownership, from the migrations and the main sources

    record Literal(String text, int line) {}

    static final class Owners {
        final Map<String, String> tables = new TreeMap<>();
        final Map<String, String> entities = new TreeMap<>();
        final List<String> problems = new ArrayList<>();

        String owner(String table) {
            if (table.startsWith("act_")) {
                return "workflow";
            }
            if (table.equals(EVENT_PUBLICATION)) {
                return "spring-modulith";
            }
            return tables.get(table);
        }
    }

    static Owners owners() {
        Owners owners = new Owners();
        Set<String> created = new TreeSet<>();
        Set<String> dropped = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
                Matcher m = CREATE.matcher(read(f));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase(Locale.ROOT));
                }
                Matcher d = DROP.matcher(read(f));
                while (d.find()) {
                    dropped.add(d.group(1).toLowerCase(Locale.ROOT));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> mapped = new TreeMap<>();
        Map<String, Set<String>> inserted = new TreeMap<>();
        Map<String, Set<String>> updated = new TreeMap<>();
        for (Path file : javaFiles()) {
            String source = read(file);
            String module = module(file);
            Matcher m = MAPPED.matcher(source);
            while (m.find()) {
                mapped.computeIfAbsent(m.group(1).toLowerCase(Locale.ROOT), k -> new TreeSet<>())
                        .add(module);
            }
            Matcher e = ENTITY.matcher(source);
            Matcher t = MAPPED.matcher(source);
            if (e.find() && t.find()) {
                owners.entities.put(e.group(1), t.group(1).toLowerCase(Locale.ROOT));
            }
            for (Literal literal : literals(source)) {
                Matcher i = INSERT.matcher(literal.text);
                while (i.find()) {
                    inserted.computeIfAbsent(i.group(1).toLowerCase(Locale.ROOT), k -> new TreeSet<>())
                            .add(module);
                }
                Matcher u = UPDATE.matcher(literal.text);
                while (u.find()) {
                    updated.computeIfAbsent(u.group(1).toLowerCase(Locale.ROOT), k -> new TreeSet<>())
                            .add(module);
                }
            }
        }
        created.removeAll(dropped); // a table a later migration drops (report_job, V38_1) has nothing left to own
        for (String table : created) {
            if (table.equals(EVENT_PUBLICATION)) {
                continue; // Spring Modulith's event publication registry: every module's events, no module's SQL
            }
            Set<String> by =
                    mapped.getOrDefault(table, inserted.getOrDefault(table, updated.getOrDefault(table, Set.of())));
            if (by.size() == 1) {
                owners.tables.put(table, by.iterator().next());
            } else {
                owners.problems.add(table + " owned by " + (by.isEmpty() ? "nobody" : by));
            }
        }
        return owners;
    }

    /** The table names a literal's SQL (or JPQL, through the entity's table) names, each once. */
    static Set<String> names(String text, Owners owners) {
        Set<String> names = new TreeSet<>();
        Matcher m = SQL_NAME.matcher(text);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (owners.owner(name) != null) {
                names.add(name);
            }
        }
        Matcher j = JPQL_NAME.matcher(text);
        while (j.find()) {
            String table = owners.entities.get(j.group(1));
            if (table != null) {
                names.add(table);
            }
        }
        return names;
    }

    static List<Literal> literals(String source) {
        List<Literal> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(source);
        StringBuilder joined = null;
        int line = 0;
        int end = -1;
        while (m.find()) {
            String text = m.group(1) != null ? m.group(1) : m.group(2);
            boolean continues =
                    joined != null && source.substring(end, m.start()).matches("\\s*\\+\\s*");
            if (continues) {
                joined.append(text);
            } else {
                if (joined != null) {
                    out.add(new Literal(joined.toString(), line));
                }
                joined = new StringBuilder(text);
                line = lineOf(source, m.start());
            }
            end = m.end();
        }
        if (joined != null) {
            out.add(new Literal(joined.toString(), line));
        }
        return out;
    }

    private static int lineOf(String source, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static List<Path> javaFiles() {
        assertThat(MAIN).as("run from the project directory").isDirectory();
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.getParent() != null && !f.getParent().equals(MAIN))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module of a main source file: the direct sub-package of cn.kaohe. */
    static String module(Path file) {
        return MAIN.relativize(file).getName(0).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
