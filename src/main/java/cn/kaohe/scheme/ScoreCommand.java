package cn.kaohe.scheme;

import cn.kaohe.scheme.SchemeDocuments.Format;
import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.ScoringInput;
import cn.kaohe.scoring.ScoringOutcome;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * The office's command line: score an input file under a scheme without starting the server.
 *
 * <pre>java -jar kaohe.jar score --scheme daligang-2021|scheme.yaml --input input.json [--json]</pre>
 *
 * Prints a ranking table (or the full explained outcome with {@code --json}); exit code 0, or 2 with the
 * Chinese error and the place of every problem.
 */
public final class ScoreCommand {

    private ScoreCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String scheme = null;
        String input = null;
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scheme" -> scheme = i + 1 < args.length ? args[++i] : null;
                case "--input" -> input = i + 1 < args.length ? args[++i] : null;
                case "--json" -> json = true;
                default -> {
                    err.println("未知参数：" + args[i]);
                    return usage(err);
                }
            }
        }
        if (scheme == null || input == null) {
            return usage(err);
        }
        try {
            SchemeVersion model = loadScheme(scheme);
            ScoringInput in = SchemeDocuments.readInput(read(Path.of(input)));
            ScoringOutcome outcome = new ScoringEngine().score(model, in);
            if (json) {
                out.println(SchemeDocuments.writeOutcome(outcome));
            } else {
                out.println(model.name() + "（第" + model.version() + "版） " + in.period());
                out.println("名次\t对象\t总分\t等次\t评先评优\t绩效奖金");
                outcome.subjects().stream()
                        .sorted(Comparator.comparing(
                                ScoringOutcome.SubjectResult::rank, Comparator.nullsLast(Integer::compareTo)))
                        .forEach(s -> out.println((s.rank() == null ? "—" : s.rank()) + "\t" + s.name() + "\t"
                                + s.total().toPlainString() + "\t" + (s.gradeLabel() == null ? "—" : s.gradeLabel())
                                + "\t" + (s.excellenceEligible() ? "有" : "无") + "\t"
                                + (s.pay() == null ? "—" : s.pay().net().toPlainString())));
            }
            return 0;
        } catch (KaoheException e) {
            err.println(e.errorCode().code() + " " + e.getMessage());
            for (Problem p : e.problems()) {
                err.println("  " + (p.field() == null ? "" : p.field() + "：") + p.message());
            }
            return 2;
        } catch (NoSuchFileException e) {
            err.println("找不到文件：" + e.getFile());
            return 2;
        } catch (IOException e) {
            err.println("无法读取文件：" + e.getMessage());
            return 2;
        }
    }

    private static SchemeVersion loadScheme(String scheme) throws IOException {
        boolean preset = SchemePresets.list().stream().anyMatch(p -> p.code().equals(scheme));
        if (preset && !Files.exists(Path.of(scheme))) {
            return SchemePresets.load(scheme);
        }
        String text = read(Path.of(scheme));
        return SchemeDocuments.read(text, scheme.endsWith(".json") ? Format.JSON : Format.YAML);
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    private static int usage(PrintStream err) {
        err.println("用法：java -jar kaohe.jar score --scheme <方案模板代码或方案文件.yaml/.json> --input <计分输入.json> [--json]");
        return 2;
    }
}
