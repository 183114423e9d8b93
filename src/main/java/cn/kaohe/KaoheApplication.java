package cn.kaohe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Kaohe 考核: workflow-driven performance assessment of township cadres. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KaoheApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("score")) {
            // the office's command line: score a file without starting the server
            System.exit(cn.kaohe.scheme.ScoreCommand.run(
                    java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(KaoheApplication.class, args);
    }
}
