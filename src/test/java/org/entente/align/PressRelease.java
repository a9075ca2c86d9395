package org.entente.align;

import java.util.List;

/** A short French press release and its English counterpart: one French noise line has no English side. */
public final class PressRelease {
  public static final List<String> FR = List.of(
      "Les ministres de la Défense des pays de l’OTAN se réunissent les 13 et 14 juin 2024 à Bruxelles.",
      "Le secrétaire général, Jens Stoltenberg, a présenté les priorités de la réunion.",
      "Les Alliés fournissent 40 milliards d’euros d’aide militaire à l’Ukraine chaque année.",
      "« Nous devons maintenir ce niveau d’aide », a-t-il déclaré.",
      "Publicité",
      "Les dépenses de défense sont en hausse dans toute l’Alliance.",
      "Vingt-trois Alliés consacrent au moins 2 % de leur PIB à la défense.");
  public static final List<String> EN = List.of(
      "NATO Defence Ministers meet in Brussels on 13 and 14 June 2024.",
      "Secretary General Jens Stoltenberg set out the priorities for the meeting.",
      "Allies provide €40 billion in military support to Ukraine every year.",
      "“We must maintain this level of support,” he said.",
      "Defence spending is rising across the Alliance.",
      "Twenty-three Allies spend at least 2% of GDP on defence.");

  private PressRelease() {}
}
