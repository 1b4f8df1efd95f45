import torch

# Pairs of shapes that broadcast; sizes are compared from the right.
pairs = [
    ((2, 3), (3,)),  # (3,) is read as (1, 3)
    ((2, 3), (2, 1)),  # size 1 stretches to 3
    ((3, 1), (1, 4)),  # both stretch
    ((8, 1, 5), (3, 1)),  # missing leading dim counts as 1
    ((5,), ()),  # a 0-D tensor fits anything
]
for left, right in pairs:
    result = torch.ones(left) + torch.ones(right)
    print(f"{str(left):>10} + {str(right):>7} -> {tuple(result.shape)}")

# broadcast_shapes answers the question without any data.
print("broadcast_shapes:", torch.broadcast_shapes((8, 1, 5), (3, 1)))
