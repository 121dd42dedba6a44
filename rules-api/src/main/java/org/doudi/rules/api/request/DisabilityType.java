package org.doudi.rules.api.request;

/** Type of a certified disability. */
public enum DisabilityType {
    /** 视力残疾 */
    VISUAL,
    /** 听力残疾 */
    HEARING,
    /** 言语残疾 */
    SPEECH,
    /** 肢体残疾 */
    PHYSICAL,
    /** 智力残疾 */
    INTELLECTUAL,
    /** 精神残疾 */
    MENTAL
}
