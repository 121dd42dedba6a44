package org.doudi.rules.drools.screening;

import java.util.List;

/**
 * The registry files a screening may be given (信息比对), one file each, with their columns: required first, then
 * optional. Any column order; unknown columns are ignored.
 */
public enum Registry {
    /** 殡葬、户籍注销. */
    DEATHS("deaths.csv", List.of("idNumber", "deathDate"), List.of()),
    /** 司法：服刑、羁押. */
    DETENTIONS("detentions.csv", List.of("idNumber", "from"), List.of("to")),
    /** 公安交管. */
    VEHICLES("vehicles.csv", List.of("ownerIdNumber", "kind", "registeredOn"), List.of("value")),
    /** 不动产. */
    PROPERTIES("properties.csv", List.of("ownerIdNumber", "use", "registeredOn"), List.of()),
    /** 市场监管. */
    BUSINESSES("businesses.csv", List.of("idNumber", "role", "registeredOn"), List.of("capital")),
    /** 财政供养人员. */
    PUBLIC_PAYROLL("public-payroll.csv", List.of("idNumber"), List.of("employer")),
    /** 特困供养. */
    TEKUN("tekun.csv", List.of("idNumber"), List.of("region")),
    /** 其他地区低保名册. */
    DIBAO_ELSEWHERE("dibao-elsewhere.csv", List.of("idNumber", "region"), List.of("caseId")),
    /** 防止返贫监测对象. */
    MONITORED("monitored.csv", List.of("idNumber", "householdId", "risk"), List.of());

    private final String fileName;
    private final List<String> required;
    private final List<String> optional;

    Registry(String fileName, List<String> required, List<String> optional) {
        this.fileName = fileName;
        this.required = required;
        this.optional = optional;
    }

    /** @return the file name, e.g. {@code deaths.csv} */
    public String fileName() {
        return fileName;
    }

    /** @return the required columns, the ID number column first */
    public List<String> required() {
        return required;
    }

    /** @return the optional columns */
    public List<String> optional() {
        return optional;
    }

    /** @return the column holding the ID number the rows are matched on */
    public String idColumn() {
        return required.get(0);
    }

    /**
     * @param fileName  a file name
     * @return the registry of that file, or null
     */
    public static Registry byFileName(String fileName) {
        for (Registry r : values()) {
            if (r.fileName.equals(fileName)) {
                return r;
            }
        }
        return null;
    }
}
