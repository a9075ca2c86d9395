package org.entente.memory;

/** A unit's properties, each may be empty: {@code ("nuclear-policy", "NATO", "NPG-2024", "001", "approved")}. */
public record UnitProperties(String domain, String client, String project, String document, String status) {
  public static final UnitProperties NONE = new UnitProperties("", "", "", "", "");

  public UnitProperties {
    domain = domain == null ? "" : domain;
    client = client == null ? "" : client;
    project = project == null ? "" : project;
    document = document == null ? "" : document;
    status = status == null ? "" : status;
  }
}
