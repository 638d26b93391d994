//! The emulator's GraphQL: the `Signal` schema of appsync.md, parsed with
//! `graphql-parser` and executed by hand (one root field per operation).
//!
//! ```graphql
//! type Signal { from: String!  to: String!  action: String!  data: String! }
//! type Query { getSignal(id: ID!): Signal }
//! type Mutation { sendSignal(to: String!, action: String!, data: String!): Signal }
//! type Subscription { onSignal(to: String!): Signal @aws_subscribe(mutations: ["sendSignal"]) }
//! ```
//!
//! Error messages follow graphql-java's wording, which AppSync's carry.

use graphql_parser::query::{
    Definition, Document, OperationDefinition, Selection, SelectionSet, Value as GqlValue,
    VariableDefinition, parse_query,
};
use serde_json::{Map, Value};

/// The fields of `Signal`.
pub const SIGNAL_FIELDS: [&str; 4] = ["from", "to", "action", "data"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Query,
    Mutation,
    Subscription,
}

impl Kind {
    fn type_name(self) -> &'static str {
        match self {
            Kind::Query => "Query",
            Kind::Mutation => "Mutation",
            Kind::Subscription => "Subscription",
        }
    }
}

/// One operation, reduced to its root field.
#[derive(Debug, Clone)]
pub struct Operation {
    pub kind: Kind,
    /// `sendSignal`, `onSignal`, `getSignal` or `__typename`.
    pub field: String,
    /// The key of the field in the response (its alias, else its name).
    pub key: String,
    /// The field's arguments, variables resolved.
    pub args: Map<String, Value>,
    /// The `Signal` fields selected (and `__typename`), in order.
    pub selection: Vec<String>,
}

/// A GraphQL error: the message, and AppSync's error type where one is
/// known (`[emu]` names otherwise).
#[derive(Debug, Clone, PartialEq)]
pub struct GqlError {
    pub kind: &'static str,
    pub message: String,
}

fn validation(message: String) -> GqlError {
    GqlError {
        kind: "ValidationError",
        message,
    }
}

/// A root field's arguments: (name, GraphQL type).
type Params = &'static [(&'static str, &'static str)];

/// The root fields and their arguments.
const ROOTS: [(Kind, &str, Params); 3] = [
    (Kind::Query, "getSignal", &[("id", "ID!")]),
    (
        Kind::Mutation,
        "sendSignal",
        &[
            ("to", "String!"),
            ("action", "String!"),
            ("data", "String!"),
        ],
    ),
    (Kind::Subscription, "onSignal", &[("to", "String!")]),
];

/// Parse `query` and pick the operation (`operation_name`, or the only one).
pub fn parse<'q>(
    query: &'q str,
    variables: &Value,
    operation_name: Option<&str>,
) -> Result<Operation, GqlError> {
    let doc: Document<'q, &'q str> = parse_query(query).map_err(|e| GqlError {
        kind: "MalformedHttpRequestException",
        message: format!("Invalid Syntax : {}", e.to_string().trim()),
    })?;
    let ops: Vec<&OperationDefinition<'q, &'q str>> = doc
        .definitions
        .iter()
        .filter_map(|d| match d {
            Definition::Operation(o) => Some(o),
            Definition::Fragment(_) => None,
        })
        .collect();
    let op = match operation_name {
        Some(n) => ops
            .iter()
            .find(|o| op_name(o) == Some(n))
            .ok_or_else(|| validation(format!("Unknown operation named '{n}'.")))?,
        None if ops.len() == 1 => &ops[0],
        None => {
            return Err(validation(
                "Must provide operation name if query contains multiple operations.".into(),
            ));
        }
    };
    let (kind, var_defs, set): (
        Kind,
        &[VariableDefinition<'q, &'q str>],
        &SelectionSet<'q, &'q str>,
    ) = match op {
        OperationDefinition::Query(q) => (Kind::Query, &q.variable_definitions, &q.selection_set),
        OperationDefinition::Mutation(m) => {
            (Kind::Mutation, &m.variable_definitions, &m.selection_set)
        }
        OperationDefinition::Subscription(s) => (
            Kind::Subscription,
            &s.variable_definitions,
            &s.selection_set,
        ),
        OperationDefinition::SelectionSet(s) => (Kind::Query, &[][..], s),
    };
    let fields: Vec<_> = set
        .items
        .iter()
        .map(|s| match s {
            Selection::Field(f) => Ok(f),
            _ => Err(validation(
                "fragments are not supported by this emulator".into(),
            )),
        })
        .collect::<Result<_, _>>()?;
    let [field] = fields[..] else {
        return Err(validation(format!(
            "this emulator runs one root field per operation; got {}",
            fields.len()
        )));
    };
    let name = field.name;
    let key = field.alias.unwrap_or(name).to_owned();
    if name == "__typename" {
        return Ok(Operation {
            kind,
            field: name.into(),
            key,
            args: Map::new(),
            selection: Vec::new(),
        });
    }
    let Some((_, _, params)) = ROOTS.iter().find(|(k, f, _)| *k == kind && *f == name) else {
        return Err(validation(format!(
            "Validation error of type FieldUndefined: Field '{name}' in type '{}' is undefined @ '{name}'",
            kind.type_name()
        )));
    };
    let mut args = Map::new();
    for (arg, value) in &field.arguments {
        let Some((_, ty)) = params.iter().find(|(p, _)| p == arg) else {
            return Err(validation(format!(
                "Validation error of type UnknownArgument: Unknown field argument {arg} @ '{name}'"
            )));
        };
        let v = resolve(value, var_defs, variables)?;
        match &v {
            Value::String(_) => {}
            Value::Number(n) if *ty == "ID!" && n.is_i64() => {}
            _ => {
                return Err(validation(format!(
                    "Validation error of type WrongType: argument '{arg}' with value '{v}' is not a valid '{}' @ '{name}'",
                    ty.trim_end_matches('!')
                )));
            }
        }
        args.insert((*arg).to_owned(), v);
    }
    for (p, _) in params.iter() {
        if !args.contains_key(*p) {
            return Err(validation(format!(
                "Validation error of type MissingFieldArgument: Missing field argument {p} @ '{name}'"
            )));
        }
    }
    let mut selection = Vec::new();
    for s in &field.selection_set.items {
        let Selection::Field(f) = s else {
            return Err(validation(
                "fragments are not supported by this emulator".into(),
            ));
        };
        if f.name != "__typename" && !SIGNAL_FIELDS.contains(&f.name) {
            return Err(validation(format!(
                "Validation error of type FieldUndefined: Field '{0}' in type 'Signal' is undefined @ '{name}/{0}'",
                f.name
            )));
        }
        selection.push(f.name.to_owned());
    }
    if selection.is_empty() {
        return Err(validation(format!(
            "Validation error of type SubSelectionRequired: Sub selection required for type Signal of field {name} @ '{name}'"
        )));
    }
    Ok(Operation {
        kind,
        field: name.to_owned(),
        key,
        args,
        selection,
    })
}

fn op_name<'q>(o: &OperationDefinition<'q, &'q str>) -> Option<&'q str> {
    match o {
        OperationDefinition::Query(q) => q.name,
        OperationDefinition::Mutation(m) => m.name,
        OperationDefinition::Subscription(s) => s.name,
        OperationDefinition::SelectionSet(_) => None,
    }
}

/// An argument's value, with variables looked up.
fn resolve<'q>(
    v: &GqlValue<'q, &'q str>,
    defs: &[VariableDefinition<'q, &'q str>],
    variables: &Value,
) -> Result<Value, GqlError> {
    Ok(match v {
        GqlValue::Variable(name) => {
            if !defs.iter().any(|d| d.name == *name) {
                return Err(validation(format!(
                    "Validation error of type UndefinedVariable: Undefined variable {name}"
                )));
            }
            match variables.get(*name) {
                Some(v) if !v.is_null() => v.clone(),
                _ => {
                    return Err(validation(format!(
                        "Variable '{name}' has coerced Null value for NonNull type 'String!'"
                    )));
                }
            }
        }
        GqlValue::String(s) => Value::String(s.clone()),
        GqlValue::Int(n) => n.as_i64().map(Value::from).unwrap_or(Value::Null),
        GqlValue::Float(f) => Value::from(*f),
        GqlValue::Boolean(b) => Value::Bool(*b),
        GqlValue::Null => Value::Null,
        GqlValue::Enum(e) => Value::String((*e).to_owned()),
        GqlValue::List(_) | GqlValue::Object(_) => {
            return Err(validation(
                "lists and objects are not arguments of this schema".into(),
            ));
        }
    })
}

/// The `Signal` a `sendSignal` resolves to (the NONE data source returns its
/// arguments; `from` is the caller).
pub fn signal(op: &Operation, from: &str) -> Map<String, Value> {
    let mut s = Map::new();
    s.insert("from".into(), from.into());
    for f in ["to", "action", "data"] {
        s.insert(f.into(), op.args.get(f).cloned().unwrap_or(Value::Null));
    }
    s
}

/// `signal` as `selection` sees it: the selected fields, `null` for those
/// `available` does not include.
pub fn project(signal: &Map<String, Value>, selection: &[String], available: &[String]) -> Value {
    let mut out = Map::new();
    for f in selection {
        let v = if f == "__typename" {
            Value::from("Signal")
        } else if available.iter().any(|a| a == f) {
            signal.get(f).cloned().unwrap_or(Value::Null)
        } else {
            Value::Null
        };
        out.insert(f.clone(), v);
    }
    Value::Object(out)
}

/// AppSync's filtering rule: every argument of the subscription equals the
/// field of that name in the mutation result, and the mutation selected it.
pub fn matches(sub: &Operation, mutation: &Operation, signal: &Map<String, Value>) -> bool {
    sub.args
        .iter()
        .all(|(k, v)| mutation.selection.iter().any(|s| s == k) && signal.get(k) == Some(v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn operations_parse_with_variables_and_aliases() {
        let op = parse(
            "mutation Send($to: String!, $d: String!) { sent: sendSignal(to: $to, action: \"offer\", data: $d) { from to action } }",
            &json!({"to": "b", "d": "{}"}),
            None,
        )
        .unwrap();
        assert_eq!(op.kind, Kind::Mutation);
        assert_eq!(op.key, "sent");
        assert_eq!(op.args["to"], "b");
        assert_eq!(op.args["action"], "offer");
        assert_eq!(op.selection, ["from", "to", "action"]);
        let sub = parse(
            "subscription { onSignal(to: \"b\") { to data __typename } }",
            &json!({}),
            None,
        )
        .unwrap();
        let s = signal(&op, "a");
        assert!(matches(&sub, &op, &s));
        // `data` was not selected by the mutation: null for the subscriber.
        assert_eq!(
            project(&s, &sub.selection, &op.selection),
            json!({"to": "b", "data": null, "__typename": "Signal"})
        );
    }

    #[test]
    fn the_filter_needs_equal_and_selected_arguments() {
        let m = |sel: &str| {
            parse(
                &format!(
                    "mutation {{ sendSignal(to: \"b\", action: \"x\", data: \"d\") {{ {sel} }} }}"
                ),
                &json!({}),
                None,
            )
            .unwrap()
        };
        let to_b = parse(
            "subscription { onSignal(to: \"b\") { to } }",
            &json!({}),
            None,
        )
        .unwrap();
        let to_c = parse(
            "subscription { onSignal(to: \"c\") { to } }",
            &json!({}),
            None,
        )
        .unwrap();
        let with_to = m("from to");
        let without_to = m("from action");
        assert!(matches(&to_b, &with_to, &signal(&with_to, "a")));
        assert!(!matches(&to_c, &with_to, &signal(&with_to, "a")));
        assert!(!matches(&to_b, &without_to, &signal(&without_to, "a")));
    }

    #[test]
    fn bad_queries_have_graphql_java_messages() {
        let err = |q: &str, v: Value| parse(q, &v, None).unwrap_err();
        assert_eq!(
            err("subscription {", json!({})).kind,
            "MalformedHttpRequestException"
        );
        assert!(
            err("subscription { onNothing { to } }", json!({}))
                .message
                .contains("FieldUndefined: Field 'onNothing' in type 'Subscription'")
        );
        assert!(
            err("subscription { onSignal { to } }", json!({}))
                .message
                .contains("MissingFieldArgument")
        );
        assert!(
            err("subscription { onSignal(to: \"b\") { colour } }", json!({}))
                .message
                .contains("Field 'colour' in type 'Signal'")
        );
        assert!(
            err("subscription { onSignal(to: \"b\") }", json!({}))
                .message
                .contains("SubSelectionRequired")
        );
        assert!(
            err("subscription { onSignal(to: 5) { to } }", json!({}))
                .message
                .contains("WrongType")
        );
        assert!(
            err(
                "subscription ($t: String!) { onSignal(to: $t) { to } }",
                json!({})
            )
            .message
            .contains("coerced Null")
        );
        assert!(
            err(
                "subscription { onSignal(to: $t) { to } }",
                json!({"t": "x"})
            )
            .message
            .contains("UndefinedVariable")
        );
        assert!(
            err(
                "query A { getSignal(id: 1) { to } } query B { getSignal(id: 2) { to } }",
                json!({})
            )
            .message
            .contains("operation name")
        );
    }
}
