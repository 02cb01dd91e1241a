//! The widget's state as Yew holds it ([`Root`]), with [`screener_form::state::reduce`] as its
//! reducer. A leaf: the root component and the views that take its handle both read it.

use std::rc::Rc;

use yew::Reducible;

use screener_form::state::{self, Action, WidgetState};

/// The widget's state as Yew holds it: [`state::reduce`] is its reducer.
#[derive(Clone, PartialEq)]
pub(crate) struct Root(pub WidgetState);

impl std::ops::Deref for Root {
    type Target = WidgetState;
    fn deref(&self) -> &WidgetState {
        &self.0
    }
}

impl Reducible for Root {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut root = Rc::unwrap_or_clone(self);
        state::reduce(&mut root.0, action);
        Rc::new(root)
    }
}
