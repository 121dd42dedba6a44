package com.example.host;

/** A fact of the host application's own rules. */
public class Order {

    private final int amount;
    private boolean approvalNeeded;

    /** @param amount  the order amount */
    public Order(int amount) {
        this.amount = amount;
    }

    /** @return the amount */
    public int getAmount() {
        return amount;
    }

    /** @return true once the host's rule asked for approval */
    public boolean isApprovalNeeded() {
        return approvalNeeded;
    }

    /** @param approvalNeeded  whether approval is needed */
    public void setApprovalNeeded(boolean approvalNeeded) {
        this.approvalNeeded = approvalNeeded;
    }
}
