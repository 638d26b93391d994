//! `signal-cli room`: rooms on a room server. This command exists for the
//! `room` backend only and uses its client's public API.

use serde_json::json;

use super::Ctx;
use crate::backend::room::client::{DeleteWhat, RoomApi};
use crate::cli::{RoomCommand, RoomDeleteArgs};
use crate::error::{Error, Result};

pub async fn run(ctx: &Ctx, cmd: RoomCommand) -> Result<()> {
    let target = ctx.target()?;
    if target.backend != "room" {
        return Err(Error::usage(format!(
            "`signal-cli room` works with room servers; profile '{}' targets the {} backend",
            target.profile, target.backend
        )));
    }
    let api = RoomApi::new(&target)?;
    match cmd {
        RoomCommand::Create => {
            let room = ctx
                .with_identity(&target, |identity| {
                    let api = &api;
                    async move { api.create_room(&identity).await }
                })
                .await?;
            if ctx.out.json {
                ctx.out
                    .document(&json!({"room_id": room.room_id, "token": room.token}));
            } else {
                ctx.out
                    .fields(&[("room_id", room.room_id), ("token", room.token)]);
            }
        }
        RoomCommand::Delete(RoomDeleteArgs { peer, room }) => {
            let what = match (&peer, &room) {
                (Some(p), _) => DeleteWhat::Peer(p),
                (None, Some(r)) => DeleteWhat::Room(r),
                (None, None) => return Err(Error::usage("give --peer ID or --room ID")),
            };
            let status = api.delete(what).await?;
            let deleted = status.contains("deleted");
            if ctx.out.json {
                ctx.out
                    .document(&json!({"status": status, "deleted": deleted}));
            } else {
                ctx.out.line(&status);
            }
            if !deleted {
                return Err(Error::failed(format!("nothing was deleted: {status}")));
            }
        }
    }
    Ok(())
}
