import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { MoreHorizontal } from 'lucide-react';
import type { ReactNode } from 'react';

/** One entry of a {@link Menu}: a button-like item, or a link (downloads, new tabs). */
export interface MenuItem {
  label: string;
  icon?: ReactNode;
  hint?: string;
  onSelect?: () => void;
  href?: string;
  download?: string | boolean;
  newTab?: boolean;
  disabled?: boolean;
  danger?: boolean;
}

/**
 * A menu on Radix's DropdownMenu: arrow keys, type-ahead, Escape and outside click close it, focus returns
 * to the trigger, and it closes after an item is chosen (downloads included). Not modal: a modal menu
 * locks scrolling with an injected <style>, which the CSP blocks.
 */
export function Menu({
  label,
  trigger,
  items,
  align = 'end',
}: {
  label: string;
  trigger?: ReactNode;
  items: (MenuItem | 'separator')[];
  align?: 'start' | 'end';
}) {
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        {trigger ?? (
          <button type="button" className="icon-button" aria-label={label}>
            <MoreHorizontal size={16} aria-hidden="true" />
          </button>
        )}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu-content" align={align} sideOffset={4} aria-label={label} collisionPadding={8}>
          {items.map((item, i) =>
            item === 'separator' ? (
              <DropdownMenu.Separator key={`sep-${i}`} className="menu-separator" />
            ) : (
              <Item key={item.label} item={item} />
            ),
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

function Item({ item }: { item: MenuItem }) {
  const body = (
    <>
      {item.icon && <span className="menu-icon">{item.icon}</span>}
      <span className="menu-label">
        {item.label}
        {item.hint && <span className="menu-hint">{item.hint}</span>}
      </span>
    </>
  );
  const className = item.danger ? 'menu-item menu-item-danger' : 'menu-item';
  if (item.href)
    return (
      <DropdownMenu.Item asChild className={className} disabled={item.disabled} onSelect={item.onSelect}>
        <a href={item.href} download={item.download} target={item.newTab ? '_blank' : undefined} rel={item.newTab ? 'noopener' : undefined}>
          {body}
        </a>
      </DropdownMenu.Item>
    );
  return (
    <DropdownMenu.Item className={className} disabled={item.disabled} onSelect={item.onSelect}>
      {body}
    </DropdownMenu.Item>
  );
}
