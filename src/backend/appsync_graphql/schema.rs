//! The emulator's GraphQL: a schema in SDL (the `Signal` schema of
//! appsync.md, or a deployment's own file), documents parsed with
//! `graphql-parser`, and operations executed the way a NONE data source
//! does: a mutation resolves to its arguments (plus `from`, the caller), a
//! query to `null`; subscriptions follow the mutations their
//! `@aws_subscribe` names.
//!
//! A given schema must keep the contract signal-cli signals over:
//! `sendSignal(to, action, data)` and `onSignal(to)` on a type with `from`,
//! `to`, `action`, `data`. Other fields and arguments may be added.
//!
//! Error messages follow graphql-java's wording, which AppSync's carry.

use graphql_parser::query::{
    Definition, Document, OperationDefinition, Selection, SelectionSet, Value as GqlValue,
    VariableDefinition, parse_query,
};
use graphql_parser::schema::{self as sdl, Type};
use serde_json::{Map, Value};
use std::collections::HashMap;

/// The schema every deployment of this design uses.
pub const SIGNAL_SDL: &str = r#"
type Signal { from: String!  to: String!  action: String!  data: String! }
type Query { getSignal(id: ID!): Signal }
type Mutation { sendSignal(to: String!, action: String!, data: String!): Signal }
type Subscription { onSignal(to: String!): Signal @aws_subscribe(mutations: ["sendSignal"]) }
"#;

/// The fields signal-cli's signals need.
pub const SIGNAL_FIELDS: [&str; 4] = ["from", "to", "action", "data"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Query,
    Mutation,
    Subscription,
}

/// A field of an object type: its arguments (name, type as written) and its
/// type (as written, and the named type inside).
#[derive(Debug, Clone)]
struct FieldDef {
    args: Vec<(String, String)>,
    named: String,
}

/// A schema the emulator can run.
#[derive(Debug, Clone)]
pub struct Schema {
    roots: [String; 3],
    /// Object type → field → definition.
    types: HashMap<String, HashMap<String, FieldDef>>,
    /// Subscription field → the mutation fields it follows.
    follows: HashMap<String, Vec<String>>,
    /// Mutation field → the subscription fields that follow it.
    followed_by: HashMap<String, Vec<String>>,
}

fn type_text(t: &Type<'_, String>) -> String {
    t.to_string()
}

fn named(t: &Type<'_, String>) -> String {
    match t {
        Type::NamedType(n) => n.clone(),
        Type::ListType(t) | Type::NonNullType(t) => named(t),
    }
}

impl Schema {
    /// The built-in `Signal` schema.
    pub fn signal() -> Schema {
        Schema::parse(SIGNAL_SDL).expect("the built-in schema parses")
    }

    /// Parse SDL and check the signaling contract; the error names what is
    /// missing.
    pub fn parse(text: &str) -> Result<Schema, String> {
        let doc = sdl::parse_schema::<String>(text).map_err(|e| e.to_string())?;
        let mut roots = [
            "Query".to_owned(),
            "Mutation".to_owned(),
            "Subscription".to_owned(),
        ];
        let mut types = HashMap::new();
        let mut follows: HashMap<String, Vec<String>> = HashMap::new();
        for d in &doc.definitions {
            match d {
                sdl::Definition::SchemaDefinition(def) => {
                    for (i, name) in [&def.query, &def.mutation, &def.subscription]
                        .iter()
                        .enumerate()
                    {
                        if let Some(n) = name {
                            roots[i] = n.clone();
                        }
                    }
                }
                sdl::Definition::TypeDefinition(sdl::TypeDefinition::Object(o)) => {
                    let mut fields = HashMap::new();
                    for f in &o.fields {
                        for dir in f.directives.iter().filter(|d| d.name == "aws_subscribe") {
                            let muts = dir.arguments.iter().find(|(k, _)| k == "mutations");
                            if let Some((_, GqlValue::List(list))) = muts {
                                let names = list
                                    .iter()
                                    .filter_map(|v| match v {
                                        GqlValue::String(s) => Some(s.clone()),
                                        _ => None,
                                    })
                                    .collect();
                                follows.insert(f.name.clone(), names);
                            }
                        }
                        let args = f
                            .arguments
                            .iter()
                            .map(|a| (a.name.clone(), type_text(&a.value_type)))
                            .collect();
                        fields.insert(
                            f.name.clone(),
                            FieldDef {
                                args,
                                named: named(&f.field_type),
                            },
                        );
                    }
                    types.insert(o.name.clone(), fields);
                }
                _ => {}
            }
        }
        let mut followed_by: HashMap<String, Vec<String>> = HashMap::new();
        for (sub, mutations) in &follows {
            for m in mutations {
                followed_by.entry(m.clone()).or_default().push(sub.clone());
            }
        }
        let schema = Schema {
            roots,
            types,
            follows,
            followed_by,
        };
        schema.check_contract()?;
        Ok(schema)
    }

    fn root(&self, kind: Kind) -> &str {
        &self.roots[kind as usize]
    }

    fn field(&self, type_name: &str, field: &str) -> Option<&FieldDef> {
        self.types.get(type_name)?.get(field)
    }

    fn check_contract(&self) -> Result<(), String> {
        let send = self
            .field(self.root(Kind::Mutation), "sendSignal")
            .ok_or("the schema has no Mutation.sendSignal")?;
        for a in ["to", "action", "data"] {
            if !send.args.iter().any(|(n, _)| n == a) {
                return Err(format!("Mutation.sendSignal has no argument '{a}'"));
            }
        }
        let on = self
            .field(self.root(Kind::Subscription), "onSignal")
            .ok_or("the schema has no Subscription.onSignal")?;
        if !on.args.iter().any(|(n, _)| n == "to") {
            return Err("Subscription.onSignal has no argument 'to'".into());
        }
        if !self
            .follows
            .get("onSignal")
            .is_some_and(|m| m.iter().any(|m| m == "sendSignal"))
        {
            return Err(
                "Subscription.onSignal needs @aws_subscribe(mutations: [\"sendSignal\"])".into(),
            );
        }
        let signal = self
            .types
            .get(&send.named)
            .ok_or_else(|| format!("sendSignal returns '{}', not an object type", send.named))?;
        for f in SIGNAL_FIELDS {
            if !signal.contains_key(f) {
                return Err(format!("type {} has no field '{f}'", send.named));
            }
        }
        Ok(())
    }

    /// The subscription fields that follow `mutation`.
    pub fn subscription_fields_following(&self, mutation: &str) -> &[String] {
        self.followed_by
            .get(mutation)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// The mutation fields a subscription field follows.
    pub fn follows(&self, subscription_field: &str) -> &[String] {
        self.follows
            .get(subscription_field)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }
}

/// One operation, reduced to its root field.
#[derive(Debug, Clone)]
pub struct Operation {
    pub kind: Kind,
    /// The root field (`sendSignal`, `onSignal`, ... or `__typename`).
    pub field: String,
    /// The key of the field in the response (its alias, else its name).
    pub key: String,
    /// The field's arguments, variables resolved.
    pub args: Map<String, Value>,
    /// The fields selected on its result (and `__typename`), in order.
    pub selection: Vec<String>,
    /// The result's type name (for `__typename`).
    pub type_name: String,
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

fn is_scalar(named: &str) -> bool {
    matches!(
        named,
        "String"
            | "ID"
            | "Int"
            | "Float"
            | "Boolean"
            | "AWSJSON"
            | "AWSDateTime"
            | "AWSTimestamp"
            | "AWSEmail"
            | "AWSURL"
            | "AWSPhone"
            | "AWSIPAddress"
            | "AWSDate"
            | "AWSTime"
    )
}

/// Whether `v` fits an argument of type `ty` (as written, e.g. `String!`).
fn fits(v: &Value, ty: &str) -> bool {
    let base = ty.trim_end_matches('!');
    match (base, v) {
        (_, Value::Null) => !ty.ends_with('!'),
        (
            "String" | "AWSJSON" | "AWSDateTime" | "AWSEmail" | "AWSURL" | "AWSPhone"
            | "AWSIPAddress" | "AWSDate" | "AWSTime",
            Value::String(_),
        ) => true,
        ("ID", Value::String(_)) => true,
        ("ID" | "Int" | "AWSTimestamp", Value::Number(n)) => n.is_i64() || n.is_u64(),
        ("Float", Value::Number(_)) => true,
        ("Boolean", Value::Bool(_)) => true,
        (b, _) if is_scalar(b) => false,
        // Enums, lists and input objects: taken as given.
        _ => true,
    }
}

impl Schema {
    /// Parse `query` and pick the operation (`operation_name`, or the only one).
    pub fn operation<'q>(
        &self,
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
            OperationDefinition::Query(q) => {
                (Kind::Query, &q.variable_definitions, &q.selection_set)
            }
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
        let root = self.root(kind);
        if name == "__typename" {
            return Ok(Operation {
                kind,
                field: name.into(),
                key,
                args: Map::new(),
                selection: Vec::new(),
                type_name: root.to_owned(),
            });
        }
        let Some(def) = self.field(root, name) else {
            return Err(validation(format!(
                "Validation error of type FieldUndefined: Field '{name}' in type '{root}' is undefined @ '{name}'"
            )));
        };
        let mut args = Map::new();
        for (arg, value) in &field.arguments {
            let Some((_, ty)) = def.args.iter().find(|(p, _)| p == arg) else {
                return Err(validation(format!(
                    "Validation error of type UnknownArgument: Unknown field argument {arg} @ '{name}'"
                )));
            };
            let v = resolve(value, var_defs, variables)?;
            if !fits(&v, ty) {
                return Err(validation(format!(
                    "Validation error of type WrongType: argument '{arg}' with value '{v}' is not a valid '{}' @ '{name}'",
                    ty.trim_end_matches('!')
                )));
            }
            args.insert((*arg).to_owned(), v);
        }
        for (p, ty) in &def.args {
            if ty.ends_with('!') && !args.contains_key(p) {
                return Err(validation(format!(
                    "Validation error of type MissingFieldArgument: Missing field argument {p} @ '{name}'"
                )));
            }
        }
        let mut selection = Vec::new();
        match self.types.get(&def.named) {
            None => {
                if !field.selection_set.items.is_empty() {
                    return Err(validation(format!(
                        "Validation error of type SubSelectionNotAllowed: Sub selection not allowed on leaf type {} of field {name} @ '{name}'",
                        def.named
                    )));
                }
            }
            Some(result) => {
                for s in &field.selection_set.items {
                    let Selection::Field(f) = s else {
                        return Err(validation(
                            "fragments are not supported by this emulator".into(),
                        ));
                    };
                    if f.name != "__typename" {
                        let Some(sub) = result.get(f.name) else {
                            return Err(validation(format!(
                                "Validation error of type FieldUndefined: Field '{0}' in type '{1}' is undefined @ '{name}/{0}'",
                                f.name, def.named
                            )));
                        };
                        if self.types.contains_key(&sub.named) {
                            return Err(validation(format!(
                                "nested selections ({name}/{}) are not supported by this emulator",
                                f.name
                            )));
                        }
                    }
                    selection.push(f.name.to_owned());
                }
                if selection.is_empty() {
                    return Err(validation(format!(
                        "Validation error of type SubSelectionRequired: Sub selection required for type {} of field {name} @ '{name}'",
                        def.named
                    )));
                }
            }
        }
        Ok(Operation {
            kind,
            field: name.to_owned(),
            key,
            args,
            selection,
            type_name: def.named.clone(),
        })
    }
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
            let Some(def) = defs.iter().find(|d| d.name == *name) else {
                return Err(validation(format!(
                    "Validation error of type UndefinedVariable: Undefined variable {name}"
                )));
            };
            match variables.get(*name) {
                Some(v) if !v.is_null() => v.clone(),
                _ => {
                    return Err(validation(format!(
                        "Variable '{name}' has coerced Null value for NonNull type '{}'",
                        def.var_type
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
        GqlValue::List(items) => Value::Array(
            items
                .iter()
                .map(|i| resolve(i, defs, variables))
                .collect::<Result<_, _>>()?,
        ),
        GqlValue::Object(o) => Value::Object(
            o.iter()
                .map(|(k, v)| Ok(((*k).to_owned(), resolve(v, defs, variables)?)))
                .collect::<Result<_, GqlError>>()?,
        ),
    })
}

/// What a mutation resolves to with a NONE data source: its arguments, and
/// `from` (the caller).
pub fn resolve_mutation(op: &Operation, from: &str) -> Map<String, Value> {
    let mut s = op.args.clone();
    s.insert("from".into(), from.into());
    s
}

/// `result` as `selection` sees it: the selected fields, `null` for those
/// `available` does not include.
pub fn project(
    result: &Map<String, Value>,
    type_name: &str,
    selection: &[String],
    available: &[String],
) -> Value {
    let mut out = Map::new();
    for f in selection {
        let v = if f == "__typename" {
            Value::from(type_name)
        } else if available.iter().any(|a| a == f) {
            result.get(f).cloned().unwrap_or(Value::Null)
        } else {
            Value::Null
        };
        out.insert(f.clone(), v);
    }
    Value::Object(out)
}

/// AppSync's filtering rule: every argument of the subscription equals the
/// field of that name in the mutation result, and the mutation selected it.
pub fn matches(sub: &Operation, mutation: &Operation, result: &Map<String, Value>) -> bool {
    sub.args
        .iter()
        .all(|(k, v)| mutation.selection.iter().any(|s| s == k) && result.get(k) == Some(v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse(q: &str, v: &Value, name: Option<&str>) -> Result<Operation, GqlError> {
        Schema::signal().operation(q, v, name)
    }

    fn signal(op: &Operation, from: &str) -> Map<String, Value> {
        resolve_mutation(op, from)
    }

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
            project(&s, "Signal", &sub.selection, &op.selection),
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

    #[test]
    fn a_deployment_schema_may_add_fields_and_filter_arguments() {
        let sdl = r#"
            schema { query: Q mutation: M subscription: S }
            type Sig { from: String! to: String! action: String! data: String! room: String at: AWSTimestamp }
            type Q { version: String }
            type M { sendSignal(to: String!, action: String!, data: String!, room: String): Sig }
            type S { onSignal(to: String!, room: String): Sig @aws_subscribe(mutations: ["sendSignal"]) }
        "#;
        let schema = Schema::parse(sdl).unwrap();
        assert_eq!(schema.follows("onSignal"), ["sendSignal"]);
        let m = schema
            .operation("mutation { sendSignal(to: \"b\", action: \"x\", data: \"d\", room: \"r1\") { to room at __typename } }", &json!({}), None)
            .unwrap();
        let result = resolve_mutation(&m, "a");
        assert_eq!(
            project(&result, &m.type_name, &m.selection, &m.selection),
            json!({"to": "b", "room": "r1", "at": null, "__typename": "Sig"})
        );
        let in_r1 = schema
            .operation(
                "subscription { onSignal(to: \"b\", room: \"r1\") { to } }",
                &json!({}),
                None,
            )
            .unwrap();
        let in_r2 = schema
            .operation(
                "subscription { onSignal(to: \"b\", room: \"r2\") { to } }",
                &json!({}),
                None,
            )
            .unwrap();
        assert!(matches(&in_r1, &m, &result));
        assert!(!matches(&in_r2, &m, &result));
        assert_eq!(
            schema
                .operation("{ version }", &json!({}), None)
                .unwrap()
                .type_name,
            "String"
        );
        assert!(
            schema
                .operation("{ version { x } }", &json!({}), None)
                .unwrap_err()
                .message
                .contains("SubSelectionNotAllowed")
        );
        assert!(
            schema
                .operation("{ getSignal(id: 1) { to } }", &json!({}), None)
                .unwrap_err()
                .message
                .contains("in type 'Q'")
        );
    }

    #[test]
    fn a_schema_without_the_signaling_contract_is_refused() {
        let refused = |sdl: &str| Schema::parse(sdl).unwrap_err();
        assert!(refused("type Query { a: String }").contains("Mutation.sendSignal"));
        assert!(
            refused(
                "type Sig { from: String! to: String! action: String! data: String! }
             type Mutation { sendSignal(to: String!, action: String!, data: String!): Sig }
             type Subscription { onSignal(to: String!): Sig }"
            )
            .contains("@aws_subscribe")
        );
        assert!(refused(
            "type Sig { from: String! to: String! action: String! }
             type Mutation { sendSignal(to: String!, action: String!, data: String!): Sig }
             type Subscription { onSignal(to: String!): Sig @aws_subscribe(mutations: [\"sendSignal\"]) }"
        ).contains("no field 'data'"));
        assert!(!refused("type {").is_empty());
    }
}
