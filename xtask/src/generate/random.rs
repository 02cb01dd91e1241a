//! A deterministic pseudo-random sequence (xorshift64), so that every run of a generator writes
//! the same input. Hand-written on purpose: five lines, and a crate's sequence could change
//! under a version bump, which would change what the benchmarks measure.

pub struct Rng(u64);

impl Rng {
    /// A sequence from `seed` (any value but 0, which xorshift never leaves).
    pub const fn new(seed: u64) -> Rng {
        Rng(if seed == 0 { 0x9e37_79b9_7f4a_7c15 } else { seed })
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// True one time in `n`.
    pub fn one_in(&mut self, n: u64) -> bool {
        self.below(n) == 0
    }

    /// One item of `items` (not empty).
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::Rng;

    #[test]
    fn the_sequence_is_the_same_every_time_and_stays_in_range() {
        let draw = |seed| {
            let mut rng = Rng::new(seed);
            (0..1000).map(|_| rng.below(7)).collect::<Vec<_>>()
        };
        assert_eq!(draw(42), draw(42));
        assert_ne!(draw(42), draw(43));
        let values = draw(42);
        assert!(values.iter().all(|&v| v < 7));
        for v in 0..7 {
            assert!(values.contains(&v), "{v} never drawn");
        }
        let mut zero = Rng::new(0);
        assert_ne!(zero.below(u64::MAX), zero.below(u64::MAX), "a zero seed is not stuck");
    }
}
