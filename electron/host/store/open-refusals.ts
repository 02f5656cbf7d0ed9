import { storageFailure } from './storage-errors.ts';

export type StorageProblem =
  | 'empty'
  | 'notSqlite'
  | 'corrupt'
  | 'notOurs'
  | 'readOnly'
  | 'orphanJournal'
  | 'full'
  | 'busy'
  | 'io';

/**
 * Why the library could not be opened, in English and Chinese: the CLI and the desktop shell print `message` as is,
 * before any window or page exists to translate it. Every message names the file and says what to do.
 */
const MESSAGES: Record<StorageProblem, (file: string) => string> = {
  empty: (f) =>
    `The library file is empty (0 bytes): ${f}. A copy or sync cut short, or a full disk, can leave this, so your ` +
    `workshops may be elsewhere; nothing was changed. Put a backup in its place, or, if this computer never had a ` +
    `library (a first start that was interrupted), delete the file and start again. / ` +
    `资料库文件是空的（0 字节）：${f}。复制或同步中断、磁盘已满都可能造成这种情况，您的工作坊可能保存在别处；文件未被修改。` +
    `请用备份替换它；如果这台电脑从未有过资料库（首次启动被中断），删除该文件后重新启动。`,
  notSqlite: (f) =>
    `This is not a Satisfy Studio library: ${f} is not a SQLite database (it is damaged, or another program's file). ` +
    `Nothing was changed. Restore the library from a backup, or move this file elsewhere to start an empty library. / ` +
    `这不是满意度工作坊的资料库：${f} 不是 SQLite 数据库（文件已损坏，或属于其他程序）。文件未被修改。` +
    `请用备份恢复资料库，或把该文件移到别处后重新启动，以新建空资料库。`,
  corrupt: (f) =>
    `The library file is damaged (truncated or corrupt): ${f}. Nothing was changed. Restore it from a backup ` +
    `(library.db.before-v*.bak beside it, or your own), or move it elsewhere to start an empty library. / ` +
    `资料库文件已损坏（被截断或内容出错）：${f}。文件未被修改。请用备份恢复（同一文件夹中的 library.db.before-v*.bak 或您自己的备份），` +
    `或把该文件移到别处后重新启动，以新建空资料库。`,
  notOurs: (f) =>
    `This is another program's database, not a Satisfy Studio library: ${f}. Nothing was changed. Move it ` +
    `elsewhere, or choose another data folder. / 这是其他程序的数据库，不是满意度工作坊的资料库：${f}。文件未被修改。` +
    `请把它移到别处，或选择其他数据文件夹。`,
  readOnly: (f) =>
    `The library cannot be saved: ${f} or its folder is read-only. The app saves every change, so it did not start; ` +
    `nothing was changed. Make the file and its folder writable (file properties, or chmod u+w), or copy the data ` +
    `folder to a writable place, and start again. / 无法保存资料库：${f} 或其所在文件夹是只读的。本应用需要保存每一处修改，` +
    `因此没有启动；文件未被修改。请把该文件及其文件夹改为可写（文件属性，或 chmod u+w），或把数据文件夹复制到可写的位置，然后重新启动。`,
  orphanJournal: (f) =>
    `The library file is missing but its journal is still there: ${f}-wal. It may hold changes of a library that ` +
    `was moved or deleted; nothing was changed. Put library.db back beside it, or delete ${f}-wal and ${f}-shm to ` +
    `start an empty library. / 资料库文件不见了，但它的日志文件还在：${f}-wal，其中可能有被移走或删除的资料库的修改；文件未被修改。` +
    `请把 library.db 放回原处，或删除 ${f}-wal 和 ${f}-shm 以新建空资料库。`,
  full: (f) =>
    `The disk is full: the library ${f} could not be written. Nothing was lost. Free some disk space and start ` +
    `again. / 磁盘已满，无法写入资料库 ${f}。没有丢失任何内容。请清理磁盘空间后重新启动。`,
  busy: (f) =>
    `Another program is holding the library ${f} (a second copy of Satisfy Studio, a backup or sync tool). Close ` +
    `it and start again; nothing was changed. / 资料库 ${f} 正被其他程序占用（另一个满意度工作坊、备份或同步工具）。` +
    `请关闭该程序后重新启动；文件未被修改。`,
  io: (f) =>
    `The library ${f} could not be read or written (a disk error, or the drive was removed). Check the drive and ` +
    `start again. / 无法读写资料库 ${f}（磁盘出错或存储设备已拔出）。请检查存储设备后重新启动。`,
};

export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    readonly problem: StorageProblem,
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[problem](file), options);
  }
}

const FS_PROBLEMS: Record<string, StorageProblem> = {
  EACCES: 'readOnly',
  EPERM: 'readOnly',
  EROFS: 'readOnly',
  ENOSPC: 'full',
  EIO: 'io',
};

const OPEN_PROBLEMS: Record<string, StorageProblem> = {
  storageFull: 'full',
  storageReadOnly: 'readOnly',
  storageCorrupt: 'corrupt',
  storageBusy: 'busy',
  storageIo: 'io',
};

/** The StorageError for a disk, file-system or SQLite failure while opening `file`, or `error` itself if it is none. */
export function asOpenFailure(error: unknown, file: string): unknown {
  if (error instanceof StorageError) return error;
  const sqlite = storageFailure(error);
  if (sqlite) return new StorageError(OPEN_PROBLEMS[sqlite.code]!, file, { cause: error });
  const errno = (error as NodeJS.ErrnoException | null)?.code;
  const problem = errno ? FS_PROBLEMS[errno] : undefined;
  return problem ? new StorageError(problem, file, { cause: error }) : error;
}
