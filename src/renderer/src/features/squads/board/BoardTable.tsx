import { ActionIcon, Anchor, Menu, Table, Text, UnstyledButton } from '@mantine/core'
import {
  IconArchive,
  IconArchiveOff,
  IconChevronDown,
  IconChevronUp,
  IconDots,
  IconPencil,
  IconPlus,
  IconSunrise,
} from '@tabler/icons-react'
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual'
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react'
import { Link, useLocation } from 'wouter'
import type { BoardRow } from '@shared/schemas/board'
import {
  AvailabilityCell,
  GapCell,
  InjuryCell,
  NextGateCell,
  PhaseCell,
  ResponseCell,
  SinceInjuryCell,
} from './cells'
import type { SortKey } from './model'
import classes from './BoardTable.module.css'

const ROW_HEIGHT = 58
const FALLBACK_RECT = { width: 1200, height: 800 }

interface Column {
  label: string
  sort?: SortKey
  width?: number | string
  render: (row: BoardRow) => React.ReactNode
}

const columns: Column[] = [
  {
    label: 'Athlete',
    sort: 'name',
    render: (row) => (
      <div>
        <Anchor
          component={Link}
          href={`/athletes/${row.athleteId}`}
          fw={600}
          c="inherit"
          size="sm"
          tabIndex={-1}
        >
          {row.name}
        </Anchor>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {row.position ?? 'No position'}
          {row.archived ? ' · archived' : ''}
        </Text>
      </div>
    ),
  },
  {
    label: 'Status',
    sort: 'availability',
    width: 160,
    render: (row) => <AvailabilityCell row={row} />,
  },
  { label: 'Active injury', width: 140, render: (row) => <InjuryCell row={row} /> },
  { label: 'Phase', sort: 'phase', width: 120, render: (row) => <PhaseCell row={row} /> },
  {
    label: 'Since injury',
    sort: 'sinceInjury',
    width: 90,
    render: (row) => <SinceInjuryCell row={row} />,
  },
  { label: '24 h', sort: 'response', width: 100, render: (row) => <ResponseCell row={row} /> },
  { label: 'Gap', width: 150, render: (row) => <GapCell row={row} /> },
  { label: 'Next gate', render: (row) => <NextGateCell row={row} /> },
]

interface Props {
  rows: readonly BoardRow[]
  sort: { key: SortKey; descending: boolean }
  onSort: (key: SortKey) => void
  onEdit: (athleteId: string) => void
  onArchive: (row: BoardRow, archived: boolean) => void
  /** Quick entry from the row: log a session, or record this morning's check. */
  onLogSession?: (row: BoardRow) => void
  onMorningCheck?: (row: BoardRow) => void
}

/** What a row's menu does; read when an item is chosen, so rows need not redraw for it. */
type RowActions = Pick<Props, 'onEdit' | 'onArchive' | 'onLogSession' | 'onMorningCheck'>

// A filter keystroke redraws the board twice (the typed text at once, the rows a moment
// later) and used to redraw every row both times: 80 ms a keystroke with 60 athletes. Rows are
// memoised on their board row (the same object between keystrokes), their cells on the row
// alone (so a row that only moved up is not redrawn), and each row's menu is mounted the first
// time it is opened (a Mantine Menu per row, with its popover and positioning, was a third of
// the cost of drawing a row).

const RowCells = memo(function RowCells({ row }: { row: BoardRow }) {
  return columns.map((column) => <Table.Td key={column.label}>{column.render(row)}</Table.Td>)
})

interface MenuProps {
  row: BoardRow
  actions: RefObject<RowActions>
  quickSession: boolean
  quickCheck: boolean
}

const RowMenu = memo(function RowMenu({ row, actions, quickSession, quickCheck }: MenuProps) {
  const [used, setUsed] = useState(false)
  const [opened, setOpened] = useState(false)
  const button = (onClick?: () => void) => (
    <ActionIcon
      variant="subtle"
      color="gray"
      aria-label={`Actions for ${row.name}`}
      tabIndex={-1}
      onClick={onClick}
    >
      <IconDots size={18} />
    </ActionIcon>
  )
  if (!used) {
    return button(() => {
      setUsed(true)
      setOpened(true)
    })
  }
  return (
    <Menu opened={opened} onChange={setOpened} position="bottom-end" withinPortal>
      <Menu.Target>{button()}</Menu.Target>
      <Menu.Dropdown>
        {quickSession && (
          <Menu.Item
            leftSection={<IconPlus size={16} />}
            onClick={() => actions.current.onLogSession?.(row)}
          >
            Log session
          </Menu.Item>
        )}
        {quickCheck && (
          <Menu.Item
            leftSection={<IconSunrise size={16} />}
            onClick={() => actions.current.onMorningCheck?.(row)}
          >
            Morning check
          </Menu.Item>
        )}
        <Menu.Item
          leftSection={<IconPencil size={16} />}
          onClick={() => actions.current.onEdit(row.athleteId)}
        >
          Edit details
        </Menu.Item>
        <Menu.Item
          leftSection={row.archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
          onClick={() => actions.current.onArchive(row, !row.archived)}
        >
          {row.archived ? 'Restore to roster' : 'Archive'}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
})

interface RowViewProps extends Omit<MenuProps, 'row'> {
  row: BoardRow
  index: number
  selected: boolean
  select: (index: number) => void
  open: (athleteId: string) => void
}

const RowView = memo(function RowView({
  row,
  index,
  selected,
  select,
  open,
  ...menu
}: RowViewProps) {
  return (
    <Table.Tr
      id={`board-row-${row.athleteId}`}
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-selected={selected || undefined}
      className={classes.row}
      style={{ height: ROW_HEIGHT }}
      onClick={() => select(index)}
      onDoubleClick={() => open(row.athleteId)}
    >
      <RowCells row={row} />
      <Table.Td>
        <RowMenu row={row} {...menu} />
      </Table.Td>
    </Table.Tr>
  )
})

/**
 * The roster: only the rows in view are in the page (so 1,000 athletes scroll smoothly), with
 * sortable headers and keyboard navigation (arrows, Page Up/Down, Home/End, Enter opens).
 */
export function BoardTable({
  rows,
  sort,
  onSort,
  onEdit,
  onArchive,
  onLogSession,
  onMorningCheck,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const [, navigate] = useLocation()
  const [selected, setSelected] = useState(0)
  const actions = useRef<RowActions>({ onEdit, onArchive, onLogSession, onMorningCheck })
  useLayoutEffect(() => {
    actions.current = { onEdit, onArchive, onLogSession, onMorningCheck }
  })
  const open = useCallback((athleteId: string) => navigate(`/athletes/${athleteId}`), [navigate])
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // A few rows beyond the window: enough for smooth scrolling, few to mount per keystroke.
    overscan: 6,
    // A container not laid out yet (hidden, or a test DOM without layout) measures 0 high:
    // assume a typical window so the first rows still render.
    initialRect: FALLBACK_RECT,
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : FALLBACK_RECT)),
  })

  useEffect(() => {
    if (selected >= rows.length) setSelected(Math.max(0, rows.length - 1))
  }, [rows.length, selected])

  const move = (index: number) => {
    const next = Math.min(Math.max(index, 0), rows.length - 1)
    setSelected(next)
    virtualizer.scrollToIndex(next, { align: 'auto' })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / ROW_HEIGHT) - 1)
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(selected + 1),
      ArrowUp: () => move(selected - 1),
      PageDown: () => move(selected + page),
      PageUp: () => move(selected - page),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      Enter: () => {
        const row = rows[selected]
        if (row) open(row.athleteId)
      },
    }
    const action = keys[event.key]
    if (action && (event.target === event.currentTarget || event.key !== 'Enter')) {
      event.preventDefault()
      action()
    }
  }

  const items = virtualizer.getVirtualItems()
  const padTop = items[0]?.start ?? 0
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
  const selectedRow = rows[selected]

  return (
    <div
      ref={scrollRef}
      className={classes.scroll}
      tabIndex={0}
      role="region"
      aria-label="Roster, use the arrow keys to move and Enter to open an athlete"
      aria-activedescendant={selectedRow ? `board-row-${selectedRow.athleteId}` : undefined}
      onKeyDown={onKeyDown}
    >
      <Table
        aria-label="Roster"
        aria-rowcount={rows.length + 1}
        layout="fixed"
        className={classes.table}
      >
        <Table.Thead className={classes.head}>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th
                key={column.label}
                w={column.width}
                aria-sort={
                  column.sort === sort.key
                    ? sort.descending
                      ? 'descending'
                      : 'ascending'
                    : undefined
                }
              >
                {column.sort ? (
                  <UnstyledButton className={classes.sort} onClick={() => onSort(column.sort!)}>
                    {column.label}
                    {column.sort === sort.key &&
                      (sort.descending ? (
                        <IconChevronDown size={14} />
                      ) : (
                        <IconChevronUp size={14} />
                      ))}
                  </UnstyledButton>
                ) : (
                  column.label
                )}
              </Table.Th>
            ))}
            <Table.Th w={48}>
              <span className={classes.hidden}>Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {padTop > 0 && (
            <tr aria-hidden style={{ height: padTop }}>
              <td colSpan={columns.length + 1} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!
            return (
              <RowView
                key={row.athleteId}
                row={row}
                index={item.index}
                selected={item.index === selected}
                select={setSelected}
                open={open}
                actions={actions}
                quickSession={onLogSession !== undefined}
                quickCheck={onMorningCheck !== undefined}
              />
            )
          })}
          {padBottom > 0 && (
            <tr aria-hidden style={{ height: padBottom }}>
              <td colSpan={columns.length + 1} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  )
}
