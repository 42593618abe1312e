//! One stable sort for every list the app orders. Each `sort_by` with its
//! own element type and comparator is a separate copy of std's driftsort in
//! the wasm (about 4 KB each); ordering indices with the comparator behind
//! `dyn` leaves a single copy (README, "Measured", says what that saved).

use std::cmp::Ordering;

/// Sorts `indices` stably by `compare` of what they stand for.
pub fn sort_indices(indices: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    indices.sort_by(|&a, &b| compare(a, b));
}

/// `items` in the stable order `compare` gives.
pub fn sorted<T>(items: Vec<T>, compare: &dyn Fn(&T, &T) -> Ordering) -> Vec<T> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_indices(&mut order, &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_is_stable_and_matches_std() {
        let items: Vec<(u8, usize)> = [3, 1, 2, 1, 3, 0, 2, 1].into_iter().zip(0..).collect();
        let mut expected = items.clone();
        expected.sort_by_key(|p| p.0);
        assert_eq!(sorted(items, &|a, b| a.0.cmp(&b.0)), expected);
    }

    #[test]
    fn indices_follow_what_they_stand_for() {
        let names = ["c", "a", "b", "a"];
        let mut indices: Vec<usize> = (0..names.len()).collect();
        sort_indices(&mut indices, &|a, b| names[a].cmp(names[b]));
        assert_eq!(indices, [1, 3, 2, 0]);
        assert!(sorted(Vec::<u8>::new(), &|a, b| a.cmp(b)).is_empty());
    }
}
