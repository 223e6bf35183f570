// Which files must never be handed to the operating system to "open", because opening them runs code or
// active content: programs, scripts, installers, shortcuts, add-ins, help and web archives, disk images.
// The list is Microsoft's own (the attachment types Outlook blocks, "Blocked attachments in Outlook"),
// with the active-content types Windows opens in a browser engine and the runnable types of macOS and
// Linux. The core asks it before making a copy to open, and the shell asks it again before opening.
import { posix, win32 } from 'node:path';

const RUNNABLE_EXTENSIONS = new Set([
  // Outlook's level 1 list.
  'ade', 'adp', 'app', 'application', 'appref-ms', 'asp', 'aspx', 'asx', 'bas', 'bat', 'bgi', 'cab', 'cer', 'chm',
  'cmd', 'cnt', 'com', 'cpl', 'crt', 'csh', 'der', 'diagcab', 'exe', 'fxp', 'gadget', 'grp', 'hlp', 'hpj', 'hta',
  'htc', 'inf', 'ins', 'iso', 'isp', 'its', 'jar', 'jnlp', 'js', 'jse', 'ksh', 'lnk', 'mad', 'maf', 'mag', 'mam',
  'maq', 'mar', 'mas', 'mat', 'mau', 'mav', 'maw', 'mcf', 'mda', 'mdb', 'mde', 'mdt', 'mdw', 'mdz', 'msc', 'msh',
  'msh1', 'msh2', 'mshxml', 'msh1xml', 'msh2xml', 'msi', 'msp', 'mst', 'msu', 'ops', 'osd', 'pcd', 'pif', 'pl',
  'plg', 'prf', 'prg', 'printerexport', 'ps1', 'ps1xml', 'ps2', 'ps2xml', 'psc1', 'psc2', 'psd1', 'psdm1', 'psm1',
  'pst', 'py', 'pyc', 'pyo', 'pyw', 'pyz', 'pyzw', 'reg', 'scf', 'scr', 'sct', 'shb', 'shs', 'theme', 'tmp', 'url',
  'vb', 'vbe', 'vbp', 'vbs', 'vhd', 'vhdx', 'vsmacros', 'vsw', 'webpnp', 'website', 'ws', 'wsb', 'wsc', 'wsf', 'wsh',
  'xbap', 'xll', 'xnk',
  // More of what Windows runs, installs or mounts: packages, libraries, drivers, troubleshooters, search
  // and library shortcuts, theme packs, Office add-ins, remote desktop and disk images.
  'appx', 'appxbundle', 'msix', 'msixbundle', 'appinstaller', 'dll', 'ocx', 'sys', 'drv', 'diagcfg', 'diagpkg',
  'settingcontent-ms', 'library-ms', 'search-ms', 'searchconnector-ms', 'themepack', 'deskthemepack', 'xla',
  'xlam', 'ppa', 'ppam', 'wll', 'rdp', 'img', 'wim',
  // Active content: pages and web archives open in a browser engine and run their scripts.
  'htm', 'html', 'xht', 'xhtml', 'shtml', 'mht', 'mhtml', 'svg', 'svgz',
  // macOS and Linux.
  'command', 'tool', 'workflow', 'terminal', 'pkg', 'mpkg', 'dmg', 'sh', 'bash', 'zsh', 'fish', 'desktop',
  'appimage', 'run', 'bin', 'deb', 'rpm', 'snap', 'flatpak', 'rb',
]);

/**
 * Whether opening a file of this name would run something. The name is taken as Windows reads it: an
 * alternate data stream ("x.exe::$DATA", "report.pdf:hidden") is refused outright, and trailing dots and
 * spaces, which Windows drops, are dropped first ("run.exe. " is a program).
 */
export function isRunnableName(pathOrName: string): boolean {
  const name = pathOrName.split(/[\\/]/).pop() ?? '';
  if (name.includes(':')) return true;
  const trimmed = name.replace(/[\s.]+$/, '');
  const dot = trimmed.lastIndexOf('.');
  return dot >= 0 && RUNNABLE_EXTENSIONS.has(trimmed.slice(dot + 1).toLowerCase());
}

/** Whether the shell may hand this path to the operating system to open: absolute, and not runnable. */
export function isOpenablePath(path: string): boolean {
  if (!path || path.includes('\0') || !(posix.isAbsolute(path) || win32.isAbsolute(path))) return false;
  // The drive's colon ("C:\") is not a stream; only the file's own name is looked at for one.
  return !isRunnableName(path);
}
