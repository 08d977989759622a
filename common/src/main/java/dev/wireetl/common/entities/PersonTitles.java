package dev.wireetl.common.entities;

import java.util.Set;

/**
 * Words that precede a person's name without being part of it (Mr., President, Sheikh…): the extractor drops
 * them from PERSON spans, and the GMB corpus reader moves them out of its per spans as CoNLL does.
 */
public final class PersonTitles {
    public static final Set<String> WORDS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Miss", "Mr", "Mrs", "Ms", "Dr",
            "President", "Prime", "Minister", "General", "Gen.", "Secretary", "Senator", "Sen.", "King", "Queen",
            "Prince", "Princess", "Pope", "Chancellor", "Vice", "Premier", "Foreign", "Defense", "Defence",
            "Interior", "Finance", "Justice", "Lieutenant", "Lt.", "Colonel", "Col.", "Major", "Captain", "Sergeant",
            "Governor", "Gov.", "Mayor", "Judge", "Ambassador", "Envoy", "Commander", "Chief", "Cardinal",
            "Archbishop", "Bishop", "Reverend", "Rev.", "Sheikh", "Ayatollah", "Professor", "Prof.",
            "Representative", "Rep.", "Speaker", "Deputy", "Leader", "Chairman", "Director", "State", "Sir",
            "Lord", "Lady", "Emperor", "Crown", "Grand", "Supreme", "Former", "Opposition", "Presidential",
            "Candidate", "Senior", "Admiral", "Adm.", "Brigadier", "Marshal", "Sgt.", "Capt.", "Maj.", "Cpl.",
            "Private", "Pvt.", "Officer", "Spokesman", "Spokeswoman", "Minster", "U.N.", "UN", "U.S.",
            "Acting", "Interim", "Mullah", "Imam", "Rabbi", "Father", "Sister", "Brother", "Saint", "St.");

    private PersonTitles() {
    }
}
