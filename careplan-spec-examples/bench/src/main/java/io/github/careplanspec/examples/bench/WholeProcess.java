package io.github.careplanspec.examples.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The two helpers of {@code bench/whole-process.sh}, each a whole process of its own:
 * {@code generate RECORDS FILE} writes the synthetic UPJSK file ({@link Upjsk}); {@code raw FILE} is the raw
 * harness the script compares a {@code validate} process with: the JDK's MS932 (windows-31j) decoder, Commons CSV's
 * {@link CSVFormat#DEFAULT}, one thread, every value touched; it prints the record count and the characters seen.
 */
public final class WholeProcess {
    private WholeProcess() {
    }

    /**
     * Entry point.
     *
     * @param args {@code generate RECORDS FILE} or {@code raw FILE}
     * @throws IOException if the file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 3 && "generate".equals(args[0])) {
            Upjsk.write(Path.of(args[2]), Integer.parseInt(args[1]));
        } else if (args.length == 2 && "raw".equals(args[0])) {
            long records = 0;
            long chars = 0;
            try (Reader r = new InputStreamReader(new BufferedInputStream(Files.newInputStream(Path.of(args[1])),
                    1 << 16), Charset.forName("windows-31j")); CSVParser p = CSVFormat.DEFAULT.parse(r)) {
                for (CSVRecord rec : p) {
                    for (int i = 0; i < rec.size(); i++) {
                        chars += rec.get(i).length();
                    }
                    records++;
                }
            }
            System.out.println(records + " records, " + chars + " characters");
        } else {
            System.err.println("usage: WholeProcess generate RECORDS FILE | WholeProcess raw FILE");
            System.exit(2);
        }
    }
}
