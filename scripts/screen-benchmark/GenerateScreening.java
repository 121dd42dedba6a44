import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Generates a caseload and the nine registry files for the screening benchmark, streamed to disk (nothing is held in
 * memory). Run as a single-file program: {@code java GenerateScreening.java DIR CASES ROWS MATCHED}.
 *
 * <p>Every case is an enrolled REVIEW of Huining (urban, 2020-06-15) with one to three members. Each registry gets
 * ROWS rows: the first MATCHED of them name caseload members (so the same rows match whatever ROWS is), the others
 * name people outside the caseload. So two runs that differ only in ROWS keep the same matched rows, and any growth
 * of the heap would come from the registry sizes alone.
 */
public final class GenerateScreening {

    private static String id(String prefix, long k) {
        long check = k % 11;
        return prefix + String.format(Locale.ROOT, "%015d", k) + (check == 10 ? "X" : Long.toString(check));
    }

    /** The ID number of member m (0..2) of case c. */
    private static String memberId(long c, int m) {
        return id("62", c * 3 + m);
    }

    private static int size(long c) {
        return (int) (c % 3) + 1;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long cases = Long.parseLong(args[1]);
        long rows = Long.parseLong(args[2]);
        long matched = Long.parseLong(args[3]);
        Path reg = Files.createDirectories(dir.resolve("registries"));
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("caseload.jsonl"), StandardCharsets.UTF_8)) {
            for (long c = 0; c < cases; c++) {
                int n = size(c);
                StringBuilder b = new StringBuilder();
                b.append("{\"caseId\":\"BM-").append(c).append("\",\"kind\":\"REVIEW\",\"profile\":\"gs-huining\",")
                        .append("\"asOf\":\"2020-06-15\",\"residence\":\"URBAN\",\"members\":[");
                StringBuilder covered = new StringBuilder();
                for (int m = 0; m < n; m++) {
                    if (m > 0) {
                        b.append(',');
                        covered.append(',');
                    }
                    b.append("{\"id\":\"m").append(m + 1).append("\",\"name\":\"成员").append(m + 1)
                            .append("\",\"idNumber\":\"").append(memberId(c, m)).append("\",\"relation\":\"")
                            .append(m == 0 ? "HEAD" : m == 1 ? "SPOUSE" : "CHILD").append("\",\"birthDate\":\"")
                            .append(m == 2 ? "2001-05-05" : "1962-03-03").append("\",\"laborCapacity\":\"NONE\"");
                    if (c % 7 == 0 && m == 0) {
                        b.append(",\"incomes\":[{\"type\":\"WAGE\",\"monthly\":\"").append(200 + c % 900).append(".00\"}]");
                    }
                    b.append('}');
                    covered.append("\"m").append(m + 1).append('"');
                }
                long amount = 524L * n - (c % 13 == 0 ? 10 : 0);
                b.append("],\"enrollment\":{\"since\":\"2019-01\",\"monthlyAmount\":\"").append(amount)
                        .append(".00\",\"coveredMembers\":[").append(covered).append("],\"cards\":[{\"cardId\":\"K")
                        .append(c).append("\",\"holderIdNumber\":\"").append(memberId(c, 0))
                        .append("\",\"holderRole\":\"MEMBER\"}]}}\n");
                w.write(b.toString());
            }
        }
        registry(reg, "deaths.csv", "idNumber,deathDate", rows, matched, cases, (id, k) -> id + ",2020-0" + (1 + k % 9) + "-1" + k % 9);
        registry(reg, "detentions.csv", "idNumber,from,to", rows, matched, cases,
                (id, k) -> id + ",2019-0" + (1 + k % 9) + "-01," + (k % 2 == 0 ? "" : "2021-01-01"));
        registry(reg, "vehicles.csv", "ownerIdNumber,kind,registeredOn,value", rows, matched, cases,
                (id, k) -> id + "," + (k % 3 == 0 ? "MOTORCYCLE" : "CAR") + ",2018-06-0" + (1 + k % 9) + "," + (k % 5 == 0 ? "" : 10000 + k % 90000 + ".00"));
        registry(reg, "properties.csv", "ownerIdNumber,use,registeredOn", rows, matched, cases,
                (id, k) -> id + "," + (k % 4 == 0 ? "NON_RESIDENTIAL" : "RESIDENTIAL") + ",2015-01-01");
        registry(reg, "businesses.csv", "idNumber,role,registeredOn,capital", rows, matched, cases,
                (id, k) -> id + "," + (k % 2 == 0 ? "SHAREHOLDER" : "LEGAL_REPRESENTATIVE") + ",2016-02-02," + (k % 200000) + ".00");
        registry(reg, "public-payroll.csv", "idNumber,employer", rows, matched, cases, (id, k) -> id + ",单位" + k % 100);
        registry(reg, "tekun.csv", "idNumber,region", rows, matched, cases, (id, k) -> id + ",620422");
        registry(reg, "dibao-elsewhere.csv", "idNumber,region,caseId", rows, matched, cases,
                (id, k) -> id + ",6201" + String.format(Locale.ROOT, "%02d", k % 90 + 10) + ",X-" + k);
        String[] risks = {"ILLNESS", "DISABILITY", "ACCIDENT", "EDUCATION", "OTHER"};
        registry(reg, "monitored.csv", "idNumber,householdId,risk", rows, matched, cases,
                (id, k) -> id + ",MH-" + k + "," + risks[(int) (k % risks.length)]);
    }

    private interface Row {
        String line(String id, long k);
    }

    /** Rows 0..matched-1 name caseload members (spread over the caseload), the rest people outside it. */
    private static void registry(Path dir, String name, String header, long rows, long matched, long cases, Row row)
            throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8)) {
            w.write(header);
            w.write('\n');
            for (long k = 0; k < rows; k++) {
                String id;
                if (k < matched) {
                    long c = (k * 7919) % cases;
                    id = memberId(c, (int) (k % size(c)));
                } else {
                    id = id("63", k);
                }
                w.write(row.line(id, k));
                w.write('\n');
            }
        }
    }
}
