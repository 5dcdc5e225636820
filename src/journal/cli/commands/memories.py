"""`attach` and `attachments list|save|remove`: pictures and documents kept, encrypted, in the journal."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from journal.cli.checks import add_output, output_target
from journal.cli.option_error import OptionError
from journal.cli.session import journal_files, parse_date, unlocked_journal

NOT_ENCRYPTED = "journal: {name} is not encrypted. Keep it somewhere private, and delete it when you no longer need it."


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    attach = commands.add_parser("attach", parents=[common], help="keep a picture or PDF, encrypted, on a day")
    attach.add_argument("--date", required=True, help="YYYY-MM-DD")
    attach.add_argument("file", type=Path, metavar="FILE", help="a PNG, JPEG or WebP picture, or a PDF (up to 25 MB)")
    owner = attach.add_mutually_exclusive_group()
    owner.add_argument("--key-date", metavar="ID", help="keep it with this key date")
    owner.add_argument("--memory", metavar="LOSS_ID", help="keep it on the memory page of this loss")
    attach.add_argument("--caption", default="", help="a few words shown with it")
    attach.add_argument(
        "--keep-location", action="store_true", help="keep where a photo was taken (removed by default)"
    )
    attach.set_defaults(handler=run_attach)

    group = commands.add_parser("attachments", parents=[common], help="list, save or remove attachments")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="one line per attachment, oldest first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    save = actions.add_parser("save", parents=[common], help="write an attachment's original file (not encrypted)")
    save.add_argument("id", metavar="ID")
    add_output(save, "where to write the copy")
    save.set_defaults(handler=run_save)
    remove = actions.add_parser("remove", parents=[common], help="remove an attachment from the journal")
    remove.add_argument("id", metavar="ID")
    remove.set_defaults(handler=run_remove)

    export = commands.add_parser(
        "export-folder", parents=[common], help="everything, as JSON plus the attachment files (not encrypted)"
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FOLDER", help="a new or empty folder")
    export.set_defaults(handler=run_export_folder)
    folder_import = commands.add_parser("import-folder", parents=[common], help="read back a folder from export-folder")
    folder_import.add_argument("folder", type=Path, metavar="FOLDER")
    folder_import.set_defaults(handler=run_import_folder)


def run_attach(arguments: argparse.Namespace) -> int:
    from journal.core.input_files import FileTooLarge, NotARegularFile, read_bounded
    from journal.core.memories.media import MAX_BYTES
    from journal.core.memories.model import OwnerKind

    date = parse_date(arguments.date, "--date")
    path: Path = arguments.file.expanduser()
    try:
        data = read_bounded(path, MAX_BYTES)
    except FileTooLarge:
        raise OptionError("FILE", "is larger than 25 MB; attach a smaller copy") from None
    except NotARegularFile:
        raise OptionError("FILE", f"{path.name} is not a file (a device or a pipe)") from None
    except FileNotFoundError:
        raise OptionError("FILE", f"{path.name} does not exist") from None
    except OSError:
        raise OptionError("FILE", f"{path.name} cannot be read") from None
    with unlocked_journal(arguments) as journal:
        owner, owner_id = OwnerKind.DAY, ""
        if arguments.key_date or arguments.memory:
            wanted = arguments.key_date or arguments.memory
            option = "--key-date" if arguments.key_date else "--memory"
            found = next((kd for kd in journal.key_dates() if kd.id == wanted), None)
            if found is None:
                raise OptionError(option, "there is no key date with that id (see: journal key-dates list)")
            if arguments.memory and found.kind.value != "loss":
                raise OptionError(option, "a memory page belongs to a loss; that key date is not one")
            owner, owner_id = (OwnerKind.KEY_DATE if arguments.key_date else OwnerKind.MEMORY), found.id
        with journal.transaction() as session:
            added = journal.memories.add_attachment(
                session,
                data,
                file_name=path.name,
                date=date,
                owner=owner,
                owner_id=owner_id,
                caption=arguments.caption,
                keep_location=arguments.keep_location,
            )
    print(f"Attached {added.attachment.id} on {date.isoformat()}.")
    if added.location_found:
        if arguments.keep_location:
            print("It holds where it was taken; that was kept, as you asked (encrypted like the rest).")
        else:
            print("Where it was taken was stored in the file; that was removed. The picture is unchanged.")
    return 0


def _line(item: Any) -> str:
    where = {"day": "day", "key_date": f"key date {item.owner_id}", "memory": f"memory page of {item.owner_id}"}
    caption = f"  {item.caption}" if item.caption else ""
    return (
        f"{item.date.isoformat()}  {item.id}  {item.media_type.extension[1:]:4}  {_size(item.size):>8}  "
        f"{where[item.owner.value]}  {item.file_name}{caption}"
    ).replace("\n", " ")


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def run_list(arguments: argparse.Namespace) -> int:
    from journal.core.memories.codec import attachment_to_dict

    with unlocked_journal(arguments, read_only=True) as journal:
        items = journal.memories.attachments()
    if arguments.json:
        print(json.dumps([attachment_to_dict(item) for item in items], ensure_ascii=False, indent=2))
    else:
        for item in items:
            print(_line(item))
    return 0


def run_save(arguments: argparse.Namespace) -> int:
    from journal.core.memories.saving import check_copy_target, save_copy

    target = output_target(arguments, journal_files(arguments))  # refused before the journal is opened
    with unlocked_journal(arguments) as journal:
        if journal.memories.attachment(arguments.id) is None:
            raise OptionError("ID", "there is no attachment with that id (see: journal attachments list)")
        check_copy_target(journal, target, replace=arguments.force)
        written = save_copy(journal, arguments.id, target, replace=arguments.force)
    print(f"Saved a copy to {written}.")
    print(NOT_ENCRYPTED.format(name=written.name), file=sys.stderr)
    return 0


def run_remove(arguments: argparse.Namespace) -> int:
    with unlocked_journal(arguments) as journal, journal.transaction() as session:
        if not journal.memories.remove_attachment(session, arguments.id):
            raise OptionError("ID", "there is no attachment with that id (see: journal attachments list)")
    print(f"Removed {arguments.id}.")
    return 0


def run_export_folder(arguments: argparse.Namespace) -> int:
    import datetime as dt

    from journal.core.memories.folder_export import JSON_NAME, export_to_folder
    from journal.core.private_files import check_output

    # Refused before the journal is opened: never a folder inside (or being) the journal's own.
    check_output(arguments.output / JSON_NAME, replace=True, field="-o", protected=[journal_files(arguments).data_dir])
    with unlocked_journal(arguments) as journal:
        done = export_to_folder(journal, arguments.output, today=dt.date.today())
    print(f"Exported {done.days} day(s) and {done.attachments} attachment(s) to {done.folder}.")
    print(NOT_ENCRYPTED.format(name=done.folder.name), file=sys.stderr)
    return 0


def run_import_folder(arguments: argparse.Namespace) -> int:
    import datetime as dt

    from journal.core.memories.folder_export import folder_plan, import_from_folder

    plan = folder_plan(arguments.folder, today=dt.date.today())
    if not plan.is_valid:  # what is wrong, line by line, before the refusal
        print(plan.problem_report(), file=sys.stderr)
    with unlocked_journal(arguments) as journal:
        result, attachments = import_from_folder(journal, arguments.folder, today=dt.date.today())
    print(f"Imported {result.new_days} new day(s), merged {result.merged_days}, and {attachments} attachment(s).")
    return 0
