package org.nianbao.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Every loaded rule, in file order. */
public final class RuleSet {
    private final List<CompiledRule> rules;
    /** The rules of each profile some rule names, listed once. */
    private final Map<String, List<CompiledRule>> byProfile = new HashMap<>();

    public RuleSet(List<CompiledRule> rules) {
        this.rules = List.copyOf(rules);
        for (String profile : profiles()) {
            byProfile.put(profile, select(profile));
        }
    }

    public List<CompiledRule> all() {
        return rules;
    }

    /** The rules of one profile, in file order. */
    public List<CompiledRule> forProfile(String profile) {
        List<CompiledRule> known = byProfile.get(profile);
        return known != null ? known : select(profile);
    }

    private List<CompiledRule> select(String profile) {
        List<CompiledRule> out = new ArrayList<>();
        for (CompiledRule r : rules) {
            if (r.definition().profiles().contains(profile)) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    public Optional<RuleDefinition> find(String id) {
        return rules.stream().map(CompiledRule::definition).filter(d -> d.id().equalsIgnoreCase(id)).findFirst();
    }

    /** Every profile some rule belongs to. */
    public Set<String> profiles() {
        Set<String> out = new TreeSet<>(Comparator.reverseOrder());
        rules.forEach(r -> out.addAll(r.definition().profiles()));
        return out;
    }
}
