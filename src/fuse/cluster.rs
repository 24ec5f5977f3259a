//! Greedy complete-linkage clustering: a deterministic function of the set of items.
//!
//! Single linkage (union-find over compatible pairs) would chain distinct events through a
//! vague report ("Kenya" compatible with both a Nairobi and a Mombasa attack). Here a cluster
//! only ever holds pairwise-compatible items, and merges are tried strongest link first, ties
//! broken by item order (items are sorted by IRI): the result depends on the items only, never
//! on the order they were ingested in.

use std::collections::BTreeMap;

/// Clusters of `n` items given the compatible pairs `(i, j)` (`i < j`) and their scores.
/// Returns, for each item, its cluster's smallest item, and the links that made the merges.
pub(crate) fn complete_linkage(
    n: usize,
    links: &BTreeMap<(usize, usize), u32>,
) -> (Vec<usize>, Vec<(usize, usize)>) {
    let mut order: Vec<(&(usize, usize), &u32)> = links.iter().collect();
    order.sort_by(|(pa, sa), (pb, sb)| sb.cmp(sa).then(pa.cmp(pb)));
    let mut cluster: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut merges = Vec::new();
    for (&(i, j), _) in order {
        let (ci, cj) = (cluster[i], cluster[j]);
        if ci == cj {
            continue;
        }
        let all_compatible = members[ci].iter().all(|&x| {
            members[cj]
                .iter()
                .all(|&y| links.contains_key(&(x.min(y), x.max(y))))
        });
        if !all_compatible {
            continue;
        }
        let (keep, gone) = (ci.min(cj), ci.max(cj));
        let moved = std::mem::take(&mut members[gone]);
        for &m in &moved {
            cluster[m] = keep;
        }
        members[keep].extend(moved);
        merges.push((i, j));
    }
    (cluster, merges)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vague_item_does_not_chain_two_clusters() {
        // 0 and 2 are incompatible; 1 is compatible with both, more strongly with 2.
        let links = BTreeMap::from([((0, 1), 1), ((1, 2), 5)]);
        let (cluster, merges) = complete_linkage(3, &links);
        assert_eq!(cluster, vec![0, 1, 1]);
        assert_eq!(merges, vec![(1, 2)]);
    }

    #[test]
    fn compatible_items_form_one_cluster() {
        let links = BTreeMap::from([((0, 1), 2), ((0, 2), 2), ((1, 2), 3), ((3, 4), 1)]);
        let (cluster, merges) = complete_linkage(5, &links);
        assert_eq!(cluster, vec![0, 0, 0, 3, 3]);
        assert_eq!(merges.len(), 3);
    }

    #[test]
    fn ties_are_broken_by_item_order() {
        let links = BTreeMap::from([((0, 1), 1), ((1, 2), 1)]);
        let (cluster, _) = complete_linkage(3, &links);
        assert_eq!(cluster, vec![0, 0, 2]);
    }
}
