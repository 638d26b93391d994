//! What a run's operations cost: the pricing file (`pricing/aws.toml`, or
//! `--pricing FILE`) applied to the quantities a target's client counted,
//! per 1,000 flows, per million signals and, given a monthly volume, per
//! month, with free tiers shown apart. Nothing here knows a backend: a
//! quantity is priced by its key, and a target is self-hosted when its
//! client says so.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

use crate::error::{Error, Result};

/// The pricing file built in (the repository's `pricing/aws.toml`).
pub const BUILT_IN: &str = include_str!("../../pricing/aws.toml");
/// How the built-in file is named in output.
pub const BUILT_IN_NAME: &str = "pricing/aws.toml (built in)";

/// Quantities counted for reading, never billed themselves.
pub const INFORMATIONAL: &[&str] = &[
    "connections",
    "messages_sent",
    "messages_received",
    "connection_minutes",
    "sign_ins",
];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pricing {
    pub name: String,
    pub region: String,
    pub currency: String,
    #[serde(default)]
    pub price: BTreeMap<String, Price>,
    pub self_hosted: Fixed,
    pub monthly_active_user: Option<PerUser>,
    /// Where it was read from (not in the file).
    #[serde(skip)]
    pub file: String,
}

/// The price of one quantity.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Price {
    pub price: f64,
    pub per: f64,
    pub unit: String,
    #[serde(default)]
    pub free_per_month: f64,
    pub free_note: Option<String>,
    /// Derived, not counted: `each` times the quantity `from`.
    pub from: Option<String>,
    pub each: Option<f64>,
    pub source: String,
    pub read: String,
    pub note: Option<String>,
}

/// A self-hosted target's machine.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fixed {
    pub instance: String,
    pub hourly: f64,
    pub hours_per_month: f64,
    pub source: String,
    pub read: String,
    pub note: Option<String>,
}

/// The identity provider's price per monthly active user.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PerUser {
    pub price: f64,
    #[serde(default)]
    pub free_per_month: f64,
    pub unit: String,
    pub source: String,
    pub read: String,
    pub note: Option<String>,
}

impl Pricing {
    pub fn built_in() -> Result<Pricing> {
        Pricing::parse(BUILT_IN, BUILT_IN_NAME)
    }

    /// `--pricing FILE`, or the built-in file.
    pub fn load(path: Option<&Path>) -> Result<Pricing> {
        match path {
            None => Pricing::built_in(),
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .map_err(|e| Error::usage(format!("cannot read {}: {e}", p.display())))?;
                Pricing::parse(&text, &p.display().to_string())
            }
        }
    }

    pub fn parse(text: &str, name: &str) -> Result<Pricing> {
        let mut p: Pricing = toml::from_str(text)
            .map_err(|e| Error::usage(format!("{name} is not a pricing file: {e}")))?;
        p.file = name.to_owned();
        let bad = |why: String| Err(Error::usage(format!("{name}: {why}")));
        for (key, price) in &p.price {
            if !(price.price >= 0.0 && price.per > 0.0 && price.free_per_month >= 0.0) {
                return bad(format!(
                    "price.\"{key}\": price must be 0 or more, per more than 0"
                ));
            }
            if price.source.trim().is_empty() || price.read.trim().is_empty() {
                return bad(format!(
                    "price.\"{key}\": say where the price was read (source) and when (read)"
                ));
            }
            match (&price.from, price.each) {
                (None, None) => {}
                (Some(from), Some(each)) if each >= 0.0 && from != key => {}
                _ => {
                    return bad(format!(
                        "price.\"{key}\": a derived quantity needs both from (another key) and each (0 or more)"
                    ));
                }
            }
        }
        if !(p.self_hosted.hourly >= 0.0 && p.self_hosted.hours_per_month > 0.0) {
            return bad(
                "self_hosted: hourly must be 0 or more, hours_per_month more than 0".into(),
            );
        }
        Ok(p)
    }

    /// The billed quantities among `keys` (not the ones only for reading)
    /// that have no price.
    pub fn unpriced<'a>(&self, keys: impl IntoIterator<Item = &'a String>) -> Vec<String> {
        keys.into_iter()
            .filter(|k| !INFORMATIONAL.contains(&k.as_str()) && !self.price.contains_key(*k))
            .cloned()
            .collect()
    }
}

/// The monthly volume a projection is made for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Volume {
    pub monthly_flows: Option<f64>,
    /// Monthly active users (`--users`).
    pub users: Option<f64>,
}

/// One priced quantity of a side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Line {
    pub key: String,
    pub unit: String,
    /// Over every round of the side.
    pub quantity: f64,
    pub per_1000_flows: Option<f64>,
    pub cost_per_1000_flows: Option<f64>,
    /// With a monthly volume: the quantity and its cost, without and with
    /// the free tier.
    pub monthly_quantity: Option<f64>,
    pub monthly: Option<f64>,
    pub monthly_after_free_tier: Option<f64>,
    pub source: String,
    pub read: String,
    /// Said by the pricing file: an assumption, another region.
    pub note: Option<String>,
}

/// What one side costs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SideCost {
    pub self_hosted: bool,
    pub flows: u64,
    pub signals: u64,
    pub lines: Vec<Line>,
    /// Billed quantities the pricing file has no price for.
    pub unpriced: Vec<String>,
    /// Of the use-priced quantities (a self-hosted target's machine is in
    /// `fixed_monthly`).
    pub cost_per_1000_flows: Option<f64>,
    /// Per million signals sent: the use-priced quantities, and a
    /// self-hosted machine's month spread over the monthly volume (so
    /// unknown for a self-hosted side without one).
    pub cost_per_million: Option<f64>,
    pub fixed_monthly: f64,
    /// Monthly active users at the identity provider's price (with
    /// `--users`, for targets whose peers sign in).
    pub users_monthly: Option<f64>,
    pub users_monthly_after_free_tier: Option<f64>,
    pub monthly: Option<f64>,
    pub monthly_after_free_tier: Option<f64>,
    /// The quantity with the largest share of the monthly (else per-flow)
    /// cost, and that share.
    pub dominant: Option<Share>,
}

/// A quantity's share of a side's cost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Share {
    pub key: String,
    pub percent: f64,
}

/// The cost of `operations` (summed over a side's rounds), which carried
/// `flows` flows and `signals` signals.
pub fn cost(
    pricing: &Pricing,
    operations: &BTreeMap<String, f64>,
    self_hosted: bool,
    flows: u64,
    signals: u64,
    volume: Volume,
) -> SideCost {
    let per_flow = |q: f64| (flows > 0).then(|| q / flows as f64);
    let monthly_flows = volume.monthly_flows.filter(|_| flows > 0);
    let in_a_month = |q: f64| monthly_flows.map(|m| q / flows as f64 * m);
    let mut lines = Vec::new();
    // What the run's own operations cost.
    let mut run_cost = 0.0;
    for (key, price) in &pricing.price {
        let quantity = match &price.from {
            Some(from) => operations.get(from).map(|q| q * price.each.unwrap_or(0.0)),
            None => operations.get(key).copied(),
        };
        let Some(quantity) = quantity else { continue };
        let dollars = |q: f64| q / price.per * price.price;
        run_cost += dollars(quantity);
        let monthly_quantity = in_a_month(quantity);
        lines.push(Line {
            key: key.clone(),
            unit: price.unit.clone(),
            quantity,
            per_1000_flows: per_flow(quantity).map(|q| q * 1000.0),
            cost_per_1000_flows: per_flow(quantity).map(|q| dollars(q * 1000.0)),
            monthly_quantity,
            monthly: monthly_quantity.map(dollars),
            monthly_after_free_tier: monthly_quantity
                .map(|q| dollars((q - price.free_per_month).max(0.0))),
            source: price.source.clone(),
            read: price.read.clone(),
            note: price.note.clone(),
        });
    }
    let sum = |f: fn(&Line) -> Option<f64>| -> Option<f64> {
        lines.iter().map(f).try_fold(0.0, |acc, v| Some(acc + v?))
    };
    let cost_per_1000_flows = sum(|l| l.cost_per_1000_flows);
    let fixed_monthly = if self_hosted {
        pricing.self_hosted.hourly * pricing.self_hosted.hours_per_month
    } else {
        0.0
    };
    let signs_in = operations.get("sign_ins").is_some_and(|n| *n > 0.0);
    let users = pricing
        .monthly_active_user
        .as_ref()
        .filter(|_| signs_in)
        .zip(volume.users);
    let users_monthly = users.map(|(p, u)| u * p.price);
    let users_after_free = users.map(|(p, u)| (u - p.free_per_month).max(0.0) * p.price);
    let (monthly, monthly_after_free_tier) = match monthly_flows {
        Some(_) => (
            sum(|l| l.monthly).map(|m| m + fixed_monthly + users_monthly.unwrap_or(0.0)),
            sum(|l| l.monthly_after_free_tier)
                .map(|m| m + fixed_monthly + users_after_free.unwrap_or(0.0)),
        ),
        None => (None, None),
    };
    let use_cost_per_signal = (signals > 0).then(|| run_cost / signals as f64);
    let cost_per_million = match (self_hosted, monthly_flows) {
        (false, _) => use_cost_per_signal.map(|c| c * 1e6),
        (true, Some(mf)) => use_cost_per_signal.map(|c| {
            let monthly_signals = signals as f64 / flows as f64 * mf;
            (c + fixed_monthly / monthly_signals.max(1.0)) * 1e6
        }),
        (true, None) => None,
    };
    // Which quantity dominates: of the monthly bill when there is one (the
    // machine and the users count there), else of the per-flow cost.
    let mut shares: Vec<(String, f64)> = match monthly {
        Some(_) => lines
            .iter()
            .filter_map(|l| Some((l.key.clone(), l.monthly?)))
            .chain((fixed_monthly > 0.0).then(|| ("self_hosted".to_owned(), fixed_monthly)))
            .chain(users_monthly.map(|u| ("monthly_active_users".to_owned(), u)))
            .collect(),
        None => lines
            .iter()
            .filter_map(|l| Some((l.key.clone(), l.cost_per_1000_flows?)))
            .collect(),
    };
    let total: f64 = shares.iter().map(|(_, v)| v).sum();
    shares.sort_by(|x, y| y.1.total_cmp(&x.1));
    let dominant = shares
        .into_iter()
        .next()
        .filter(|_| total > 0.0)
        .map(|(key, v)| Share {
            key,
            percent: (v / total * 1000.0).round() / 10.0,
        });
    SideCost {
        self_hosted,
        flows,
        signals,
        unpriced: pricing.unpriced(operations.keys()),
        lines,
        cost_per_1000_flows,
        cost_per_million,
        fixed_monthly,
        users_monthly,
        users_monthly_after_free_tier: users_after_free,
        monthly,
        monthly_after_free_tier,
        dominant,
    }
}

impl SideCost {
    /// A cost by its name in thresholds.
    pub fn get(&self, metric: &str) -> Option<f64> {
        match metric {
            "cost_per_1000_flows" => self.cost_per_1000_flows,
            "cost_per_million" => self.cost_per_million,
            "monthly_cost" => self.monthly,
            _ => None,
        }
    }
}

/// The cost metrics thresholds and comparison rows name.
pub const METRICS: &[&str] = &["cost_per_1000_flows", "cost_per_million", "monthly_cost"];

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(pairs: &[(&str, f64)]) -> BTreeMap<String, f64> {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    #[test]
    fn the_built_in_file_reads_and_every_price_cites_its_source() -> Result<()> {
        let p = Pricing::built_in()?;
        assert!(!p.price.is_empty());
        for (k, price) in &p.price {
            assert!(price.source.starts_with("https://"), "{k}");
            assert_eq!(price.read.len(), 10, "{k}: read is a date");
        }
        assert!(p.self_hosted.source.starts_with("https://"));
        let user = p.monthly_active_user.as_ref();
        assert!(user.is_some_and(|u| u.source.starts_with("https://")));
        Ok(())
    }

    /// `a` equals the hand-computed `b` but for floating-point rounding.
    #[track_caller]
    fn close(a: Option<f64>, b: f64) {
        assert!(
            a.is_some_and(|a| (a - b).abs() <= 1e-12 * b.abs().max(1.0)),
            "{a:?} vs {b}"
        );
    }

    #[test]
    fn api_gateway_costs_are_the_hand_computed_ones() -> Result<()> {
        let p = Pricing::built_in()?;
        // 100 flows, 400 signals: 1,000 messages, 500 invocations, 10 minutes.
        let o = ops(&[
            ("apigw.messages", 1000.0),
            ("lambda.requests", 500.0),
            ("apigw.connection_minutes", 10.0),
            ("connections", 40.0),
        ]);
        let volume = Volume {
            monthly_flows: Some(1_000_000.0),
            users: None,
        };
        let c = cost(&p, &o, false, 100, 400, volume);
        let line = |k: &str| {
            c.lines
                .iter()
                .find(|l| l.key == k)
                .cloned()
                .ok_or_else(|| Error::failed(format!("no line {k}")))
        };
        // $1/M messages: 10,000 per 1,000 flows = $0.01.
        close(line("apigw.messages")?.cost_per_1000_flows, 0.01);
        // $0.20/M invocations: 5,000 = $0.001.
        close(line("lambda.requests")?.cost_per_1000_flows, 0.001);
        // 5,000 invocations x 0.0025 GB-s x $0.0000166667.
        let gbs = line("lambda.gb_seconds")?;
        assert_eq!(gbs.quantity, 1.25);
        close(gbs.cost_per_1000_flows, 12.5 * 0.0000166667);
        // $0.25/M minutes: 100 minutes = $0.000025.
        close(
            line("apigw.connection_minutes")?.cost_per_1000_flows,
            0.000025,
        );
        // A month of a million flows: 10M messages, $10; after the free
        // million, $9.
        let m = line("apigw.messages")?;
        close(m.monthly, 10.0);
        close(m.monthly_after_free_tier, 9.0);
        let per_1000 = 0.01 + 0.001 + 12.5 * 0.0000166667 + 0.000025;
        close(c.cost_per_1000_flows, per_1000);
        // 400 signals cost a tenth of 1,000 flows.
        close(c.cost_per_million, per_1000 / 10.0 / 400.0 * 1e6);
        close(c.monthly, per_1000 * 1000.0);
        assert_eq!(
            c.dominant.as_ref().map(|d| d.key.as_str()),
            Some("apigw.messages")
        );
        assert!(c.unpriced.is_empty());
        // A billed quantity the file has no price for is named.
        let o = ops(&[("apigw.messages", 1.0), ("new.thing", 3.0)]);
        let c = cost(&p, &o, false, 1, 1, Volume::default());
        assert_eq!(c.unpriced, vec!["new.thing".to_owned()]);
        Ok(())
    }

    #[test]
    fn a_self_hosted_side_costs_its_machine_and_users_need_a_count() -> Result<()> {
        let p = Pricing::built_in()?;
        let o = ops(&[("connections", 4.0), ("sign_ins", 4.0)]);
        let c = cost(&p, &o, true, 10, 30, Volume::default());
        let machine = 0.0208 * 730.0;
        close(Some(c.fixed_monthly), machine);
        assert_eq!((c.cost_per_million, c.monthly), (None, None));
        let volume = Volume {
            monthly_flows: Some(30_000.0),
            users: Some(12_000.0),
        };
        let c = cost(&p, &o, true, 10, 30, volume);
        close(c.users_monthly, 12_000.0 * 0.015);
        close(c.users_monthly_after_free_tier, 2_000.0 * 0.015);
        close(c.monthly, machine + 12_000.0 * 0.015);
        close(c.monthly_after_free_tier, machine + 2_000.0 * 0.015);
        // The machine's month over 90,000 signals.
        close(c.cost_per_million, machine / 90_000.0 * 1e6);
        assert_eq!(
            c.dominant.as_ref().map(|d| d.key.as_str()),
            Some("monthly_active_users")
        );
        Ok(())
    }

    #[test]
    fn a_pricing_file_without_sources_or_with_bad_prices_is_refused() {
        let base = BUILT_IN.replace(
            "source = \"https://docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/lambda.html\"\nread = \"2026-12-02\"\n\n[price.\"lambda.gb_seconds\"]",
            "source = \"\"\nread = \"2026-12-02\"\n\n[price.\"lambda.gb_seconds\"]",
        );
        assert_ne!(base, BUILT_IN);
        assert_eq!(Pricing::parse(&base, "t").err().map(|e| e.code()), Some(2));
        let negative = BUILT_IN.replacen("price = 1.00", "price = -1.00", 1);
        assert_eq!(
            Pricing::parse(&negative, "t").err().map(|e| e.code()),
            Some(2)
        );
        let unknown = format!("{BUILT_IN}\nsurprise = 1\n");
        assert_eq!(
            Pricing::parse(&unknown, "t").err().map(|e| e.code()),
            Some(2)
        );
        assert_eq!(
            Pricing::parse("not toml [", "t").err().map(|e| e.code()),
            Some(2)
        );
    }
}
